package io.learnpath.foreignrepo.enrolment;

import java.util.UUID;

/** Not a violation: the repository's own feature. */
public class Enrolments {

    private final EnrolmentRepository repository;

    public Enrolments(EnrolmentRepository repository) {
        this.repository = repository;
    }

    public int count(UUID learnerId) {
        return repository.countFor(learnerId);
    }
}
