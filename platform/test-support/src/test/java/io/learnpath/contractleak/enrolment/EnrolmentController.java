package io.learnpath.contractleak.enrolment;

import io.learnpath.contractleak.events.StudentEnrolled;
import java.util.UUID;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Planted: answers the published contract as its wire record, so neither can change alone. */
@RestController
class EnrolmentController {

    private final Enrolments enrolments;

    EnrolmentController(Enrolments enrolments) {
        this.enrolments = enrolments;
    }

    @PostMapping("/api/enrolments")
    StudentEnrolled enrol(UUID learnerId, String course) {
        return enrolments.enrol(learnerId, course);
    }
}
