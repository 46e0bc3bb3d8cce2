package io.learnpath.platform.test;

import java.util.function.Consumer;
import java.util.function.Supplier;

/** A server started on first use and shared afterwards; thread-safe because test engines may run in parallel. */
final class Lazy<T> {

    private final Supplier<T> start;
    private T value;

    Lazy(Supplier<T> start) {
        this.start = start;
    }

    synchronized T get() {
        if (value == null) {
            value = start.get();
        }
        return value;
    }

    synchronized void ifStarted(Consumer<T> action) {
        if (value != null) {
            action.accept(value);
        }
    }
}
