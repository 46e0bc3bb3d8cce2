package io.learnpath.foreignrepo.billing;

import io.learnpath.foreignrepo.enrolment.EnrolmentRepository;
import java.util.UUID;

/** Planted: billing reads enrolment's table through enrolment's repository. */
public class Invoices {

    private final EnrolmentRepository enrolments;

    public Invoices(EnrolmentRepository enrolments) {
        this.enrolments = enrolments;
    }

    public int amountFor(UUID learnerId) {
        return enrolments.countFor(learnerId) * 100;
    }
}
