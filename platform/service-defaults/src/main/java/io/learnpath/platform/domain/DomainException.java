package io.learnpath.platform.domain;

/**
 * A business outcome that ends a request: the thing asked for does not exist, conflicts with what exists, or breaks
 * a rule. Business code throws these (or returns an outcome type) and never names an HTTP status; the platform's
 * web layer maps each subclass to one problem type ({@code io.learnpath.platform.web.Problems#from}). The message
 * becomes the problem's {@code detail}, so it must never carry secrets or internals.
 *
 * <p>Sealed so that the mapping to problems is exhaustive: a new kind of outcome is added here and to that mapping
 * together.
 */
public sealed abstract class DomainException extends RuntimeException
        permits NotFoundException, ConflictException, InvalidInputException, ForbiddenException,
        StaleVersionException {

    protected DomainException(String message) {
        super(message);
    }

    // Expected outcomes, answered as 4xx: a stack trace per 404 would only fill memory and logs.
    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
