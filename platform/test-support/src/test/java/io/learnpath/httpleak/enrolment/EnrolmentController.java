package io.learnpath.httpleak.enrolment;

import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Not a violation: a controller, with HTTP types in a lambda, an anonymous class and a nested record. */
@RestController
class EnrolmentController {

    private final Enrolments enrolments = new Enrolments();

    @GetMapping("/api/enrolments/{id}")
    ResponseEntity<View> show(String id) {
        Supplier<ResponseEntity<View>> missing = new Supplier<>() {
            @Override
            public ResponseEntity<View> get() {
                return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
            }
        };
        return Optional.of(enrolments.find(id)).map(found -> View.answer(found)).orElseGet(missing);
    }

    record View(String id) {

        static ResponseEntity<View> answer(String id) {
            return ResponseEntity.status(HttpStatus.OK).body(new View(id));
        }
    }
}
