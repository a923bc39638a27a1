package io.stageflow.localinfra;

import java.util.function.Supplier;

/** Starts a resource on first use; a failed start is retried by the next caller, not cached. */
final class Lazy<T> implements Supplier<T> {

    private final Supplier<T> factory;
    private T value;

    Lazy(Supplier<T> factory) {
        this.factory = factory;
    }

    @Override
    public synchronized T get() {
        if (value == null) {
            value = factory.get();
        }
        return value;
    }
}
