package io.learnpath.cyclic.orders;

/** An order, which billing reads. */
public record Order(String item) {
}
