package io.learnpath.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.learnpath.platform.domain.ConflictException;
import io.learnpath.platform.domain.FieldError;
import io.learnpath.platform.domain.ForbiddenException;
import io.learnpath.platform.domain.InvalidInputException;
import io.learnpath.platform.domain.NotFoundException;
import io.learnpath.platform.domain.StaleVersionException;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;

/** Each business outcome maps to exactly one status and problem type. */
class ProblemsTest {

    @Test
    void notFound() {
        assertProblem(Problems.from(new NotFoundException("roadmap", "backend")), 404, ProblemTypes.NOT_FOUND,
                "Not found", "No roadmap 'backend'");
    }

    @Test
    void aConflictIsTypedByItsKind() {
        assertProblem(Problems.from(new ConflictException("email-taken", "Email taken", "ada@example.org is taken")),
                409, URI.create("https://learnpath.io/problems/email-taken"), "Email taken",
                "ada@example.org is taken");
    }

    @Test
    void invalidInputListsItsFields() {
        ProblemDetail problem = Problems.from(new InvalidInputException(List.of(
                new FieldError("password", "too short"), new FieldError("email", "not an address"))));

        assertProblem(problem, 400, ProblemTypes.VALIDATION, "Invalid request", "email, password are invalid");
        assertThat(problem.getProperties()).containsEntry("errors", List.of(
                new FieldError("email", "not an address"), new FieldError("password", "too short")));
    }

    @Test
    void forbidden() {
        assertProblem(Problems.from(new ForbiddenException("Learners may not edit roadmaps")), 403,
                ProblemTypes.FORBIDDEN, "Forbidden", "Learners may not edit roadmaps");
    }

    @Test
    void aStaleVersionFailsThePrecondition() {
        assertProblem(Problems.from(new StaleVersionException("roadmap", "backend", 3, 4)), 412,
                ProblemTypes.PRECONDITION_FAILED, "Precondition failed",
                "The roadmap 'backend' is at version 4, not 3: read it again and re-apply the change");
    }

    @Test
    void validationSortsItsFieldsAndNamesThemInTheDetail() {
        ProblemDetail problem = Problems.validation(List.of(new FieldError("size", "too big"),
                new FieldError("page", "negative")));

        assertProblem(problem, 400, ProblemTypes.VALIDATION, "Invalid request", "page, size are invalid");
        assertThat(problem.getProperties()).containsEntry("errors",
                List.of(new FieldError("page", "negative"), new FieldError("size", "too big")));
    }

    @Test
    void unauthorizedAndForbiddenSayTheSameEverywhere() {
        assertProblem(Problems.unauthorized(), 401, ProblemTypes.UNAUTHORIZED, "Unauthorized",
                Problems.UNAUTHORIZED_DETAIL);
        assertProblem(Problems.forbidden(), 403, ProblemTypes.FORBIDDEN, "Forbidden", Problems.FORBIDDEN_DETAIL);
    }

    private static void assertProblem(ProblemDetail problem, int status, URI type, String title, String detail) {
        assertThat(problem.getStatus()).isEqualTo(status);
        assertThat(problem.getType()).isEqualTo(type);
        assertThat(problem.getTitle()).isEqualTo(title);
        assertThat(problem.getDetail()).isEqualTo(detail);
    }
}
