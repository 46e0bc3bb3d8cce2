package io.learnpath.sample.enrolment;

import io.learnpath.planted.domain.NotFoundException;
import io.learnpath.sample.enrolment.policy.EnrolmentPolicy;
import io.learnpath.sample.events.StudentEnrolled;
import io.learnpath.sample.intake.CourseDirectory;
import java.time.Instant;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Business logic and the publisher of the contract: throws domain exceptions, never HTTP ones. */
@Service
public class Enrolments {

    private final EnrolmentRepository repository;
    private final CourseDirectory courses;
    private final EnrolmentPolicy policy = new EnrolmentPolicy(3);
    private final ApplicationEventPublisher events;

    Enrolments(EnrolmentRepository repository, CourseDirectory courses, ApplicationEventPublisher events) {
        this.repository = repository;
        this.courses = courses;
        this.events = events;
    }

    public Enrolment find(UUID id) {
        return repository.find(id).orElseThrow(() -> new NotFoundException("enrolment", id));
    }

    @Transactional
    public EnrolmentPolicy.Decision enrol(UUID learnerId, UUID courseId) {
        String title = courses.title(courseId).orElseThrow(() -> new NotFoundException("course", courseId));
        EnrolmentPolicy.Decision decision = policy.decide(repository.countFor(learnerId));
        if (decision instanceof EnrolmentPolicy.Decision.Allowed) {
            Enrolment enrolment = new Enrolment(UUID.randomUUID(), learnerId, courseId, title);
            repository.insert(enrolment);
            events.publishEvent(new StudentEnrolled(UUID.randomUUID(), Instant.now(), enrolment.id(), learnerId,
                    new StudentEnrolled.Course(courseId, title)));
        }
        return decision;
    }
}
