package io.learnpath.httpleak.enrolment;

import io.learnpath.platform.web.ProblemException;
import io.learnpath.platform.web.ProblemTypes;
import org.springframework.http.HttpStatus;

/** Planted: business code that decides an HTTP status. */
public class Enrolments {

    public String find(String id) {
        if (id.isBlank()) {
            throw new ProblemException(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "Not found", "No " + id);
        }
        return id;
    }
}
