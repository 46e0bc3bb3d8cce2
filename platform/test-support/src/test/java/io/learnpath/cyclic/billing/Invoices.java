package io.learnpath.cyclic.billing;

import io.learnpath.cyclic.orders.Order;

/** Planted: ... and billing uses orders, a cycle. */
public class Invoices {

    public String invoiceFor(String item) {
        return "invoice for " + new Order(item).item();
    }
}
