package io.learnpath.sample.enrolment;

import io.learnpath.sample.enrolment.policy.EnrolmentPolicy;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The HTTP edge: maps the model to its own wire records and outcomes to statuses, in lambdas too. */
@RestController
class EnrolmentController {

    private final Enrolments enrolments;

    EnrolmentController(Enrolments enrolments) {
        this.enrolments = enrolments;
    }

    @GetMapping("/api/sample/enrolments/{id}")
    ResponseEntity<EnrolmentView> show(@PathVariable UUID id) {
        Enrolment enrolment = enrolments.find(id);
        return java.util.Optional.of(enrolment)
                .map(found -> ResponseEntity.status(HttpStatus.OK).eTag(found.id().toString())
                        .body(new EnrolmentView(found.id(), found.courseTitle())))
                .orElseThrow();
    }

    @PostMapping("/api/sample/enrolments")
    ResponseEntity<Void> enrol(@RequestBody EnrolmentRequest request) {
        return switch (enrolments.enrol(request.learnerId(), request.courseId())) {
            case EnrolmentPolicy.Decision.Allowed allowed -> ResponseEntity.status(HttpStatus.CREATED).build();
            case EnrolmentPolicy.Decision.Refused refused -> ResponseEntity.status(HttpStatus.CONFLICT).build();
        };
    }

    record EnrolmentView(UUID id, String courseTitle) {
    }

    record EnrolmentRequest(UUID learnerId, UUID courseId) {
    }
}
