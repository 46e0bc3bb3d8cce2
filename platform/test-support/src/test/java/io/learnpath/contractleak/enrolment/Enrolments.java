package io.learnpath.contractleak.enrolment;

import io.learnpath.contractleak.events.StudentEnrolled;
import java.time.Instant;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;

/** Not a violation: the publisher builds the contract. */
public class Enrolments {

    private final ApplicationEventPublisher events;

    public Enrolments(ApplicationEventPublisher events) {
        this.events = events;
    }

    public StudentEnrolled enrol(UUID learnerId, String course) {
        StudentEnrolled event = new StudentEnrolled(UUID.randomUUID(), Instant.now(), learnerId, course);
        events.publishEvent(event);
        return event;
    }
}
