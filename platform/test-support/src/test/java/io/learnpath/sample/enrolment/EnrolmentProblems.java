package io.learnpath.sample.enrolment;

import io.learnpath.planted.domain.NotFoundException;
import io.learnpath.platform.web.ProblemTypes;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A web adapter too: turns the domain's exception into the platform's problem type. */
@RestControllerAdvice
class EnrolmentProblems {

    @ExceptionHandler
    ProblemDetail notFound(NotFoundException exception) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, exception.getMessage());
        problem.setType(ProblemTypes.NOT_FOUND);
        return problem;
    }
}
