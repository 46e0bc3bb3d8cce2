package io.learnpath.cyclic.orders;

import io.learnpath.cyclic.billing.Invoices;

/** Planted: orders use billing ... */
public class Orders {

    private final Invoices invoices = new Invoices();

    public String place(String item) {
        return invoices.invoiceFor(item);
    }
}
