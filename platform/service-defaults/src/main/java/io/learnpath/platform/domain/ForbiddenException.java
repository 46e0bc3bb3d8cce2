package io.learnpath.platform.domain;

/**
 * The caller is known but their role does not allow this (a learner editing the curriculum). For a resource that
 * belongs to another learner, throw {@link NotFoundException} instead: it does not reveal that the resource exists.
 */
public final class ForbiddenException extends DomainException {

    public ForbiddenException(String detail) {
        super(detail);
    }
}
