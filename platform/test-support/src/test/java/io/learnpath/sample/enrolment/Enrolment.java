package io.learnpath.sample.enrolment;

import java.util.UUID;

/** The service's own model of an enrolment: not the contract, not the wire record. */
public record Enrolment(UUID id, UUID learnerId, UUID courseId, String courseTitle) {
}
