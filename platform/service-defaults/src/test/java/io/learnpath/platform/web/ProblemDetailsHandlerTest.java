package io.learnpath.platform.web;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.learnpath.platform.domain.ConflictException;
import io.learnpath.platform.domain.FieldError;
import io.learnpath.platform.domain.ForbiddenException;
import io.learnpath.platform.domain.InvalidInputException;
import io.learnpath.platform.domain.NotFoundException;
import io.learnpath.platform.domain.Slug;
import io.learnpath.platform.domain.StaleVersionException;
import io.learnpath.platform.paging.Page;
import io.learnpath.platform.paging.PageQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * What a client reads when a request fails, for each kind of failure: the web layer alone (standalone MockMvc),
 * with a controller that raises each one.
 */
class ProblemDetailsHandlerTest {

    private static final String PROBLEM_JSON = "application/problem+json";

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new ShelfController())
            .setControllerAdvice(new ProblemDetailsHandler())
            .build();

    enum Level {
        BEGINNER, ADVANCED
    }

    record NewBook(@NotBlank String title, @Size(min = 2) String author, Level level, int pages) {
    }

    @RestController
    static class ShelfController {

        @GetMapping("/outcomes/database-gone")
        void databaseGone() {
            throw new org.springframework.transaction.TransactionSystemException("JDBC rollback failed",
                    new java.sql.SQLException("This connection has been closed.", "08003"));
        }

        @GetMapping("/outcomes/no-connection")
        void noConnection() {
            throw new org.springframework.jdbc.CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
                    new java.sql.SQLTransientConnectionException("HikariPool-1 - Connection is not available"));
        }

        @GetMapping("/outcomes/nul-in-a-search")
        void nulInASearch() {
            throw new org.springframework.dao.DataIntegrityViolationException("PreparedStatementCallback",
                    new java.sql.SQLException("ERROR: invalid byte sequence for encoding \"UTF8\": 0x00", "22021"));
        }

        @PostMapping("/outcomes/not-multipart")
        void notMultipart() {
            // What the dispatcher throws, before choosing a handler, for a multipart/* body it cannot parse.
            throw new org.springframework.web.multipart.MultipartException("Failed to parse multipart servlet request");
        }

        @GetMapping("/outcomes/not-found")
        void notFound() {
            throw new NotFoundException("book", "dune");
        }

        @GetMapping("/outcomes/conflict")
        void conflict() {
            throw new ConflictException("isbn-taken", "ISBN taken", "A book with ISBN 42 is already on the shelf");
        }

        @GetMapping("/outcomes/invalid")
        void invalid() {
            throw new InvalidInputException(List.of(new FieldError("title", "must differ from the author"),
                    new FieldError("author", "must differ from the title")));
        }

        @GetMapping("/outcomes/forbidden")
        void forbidden() {
            throw new ForbiddenException("Only librarians may remove books");
        }

        @GetMapping("/outcomes/stale")
        void stale() {
            throw new StaleVersionException("book", "dune", 3, 4);
        }

        @GetMapping("/edge/problem")
        void edgeProblem() {
            throw new ProblemException(HttpStatus.TOO_MANY_REQUESTS, ProblemTypes.TOO_MANY_REQUESTS,
                    "Too many requests", "Wait a minute", Map.of("retryAfterSeconds", 60));
        }

        @GetMapping("/denied")
        void denied() {
            throw new AuthorizationDeniedException("Access Denied");
        }

        @GetMapping("/boom")
        void boom() {
            throw new IllegalStateException("connection to jdbc:postgresql://db:5432/shelf refused for user admin");
        }

        @PostMapping("/books")
        NewBook add(@Valid @RequestBody NewBook book) {
            return book;
        }

        @GetMapping("/books")
        Page<String> list(@Valid PageQuery query) {
            return Page.of(List.of("dune"), query, 1);
        }

        @GetMapping("/books/{id}")
        String byId(@PathVariable UUID id) {
            return id.toString();
        }

        @GetMapping("/shelves/{slug}")
        String shelf(@PathVariable @ValidSlug String slug) {
            return slug;
        }
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = { "/outcomes/database-gone", "/outcomes/no-connection" })
    void anUnreachableDatabaseIsAServiceUnavailableProblemNotAnInternalError(String path) throws Exception {
        mvc.perform(get(path))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "5"))
                .andExpect(content().contentTypeCompatibleWith(PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://learnpath.io/problems/service-unavailable"))
                .andExpect(jsonPath("$.detail").value("Our database cannot be reached right now; try again shortly"));
    }

    @Test
    void aDenialByMethodSecurityIsLeftToSpringSecurityRatherThanAnsweredAs500() {
        // Spring Security's filter, above this handler, answers it as the platform's 403 problem.
        assertThatThrownBy(() -> mvc.perform(get("/denied")))
                .hasRootCauseInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void aNulCharacterPostgresqlRefusesIs400NotAnInternalError() throws Exception {
        problem(mvc.perform(get("/outcomes/nul-in-a-search")), 400, ProblemTypes.MALFORMED_REQUEST,
                "Malformed request")
                .andExpect(jsonPath("$.detail")
                        .value("The request contains a character that cannot be stored or searched for (NUL)"))
                .andExpect(content().string(not(containsString("UTF8"))));
    }

    @Test
    void aBodyThatIsNotTheMultipartItsContentTypeSaysIs400() throws Exception {
        problem(mvc.perform(post("/outcomes/not-multipart")), 400, ProblemTypes.MALFORMED_REQUEST,
                "Malformed request")
                .andExpect(jsonPath("$.detail").value("The request body is not the multipart content its "
                        + "Content-Type says"));
    }

    @Test
    void notFoundIs404WithTheWhatAndKey() throws Exception {
        problem(mvc.perform(get("/outcomes/not-found")), 404, ProblemTypes.NOT_FOUND, "Not found")
                .andExpect(jsonPath("$.detail").value("No book 'dune'"));
    }

    @Test
    void conflictIs409TypedByItsKind() throws Exception {
        problem(mvc.perform(get("/outcomes/conflict")), 409, "https://learnpath.io/problems/isbn-taken", "ISBN taken")
                .andExpect(jsonPath("$.detail").value("A book with ISBN 42 is already on the shelf"));
    }

    @Test
    void invalidInputIs400ListingItsFieldsSorted() throws Exception {
        problem(mvc.perform(get("/outcomes/invalid")), 400, ProblemTypes.VALIDATION, "Invalid request")
                .andExpect(jsonPath("$.detail").value("author, title are invalid"))
                .andExpect(jsonPath("$.errors[0].field").value("author"))
                .andExpect(jsonPath("$.errors[0].message").value("must differ from the title"))
                .andExpect(jsonPath("$.errors[1].field").value("title"))
                .andExpect(jsonPath("$.errors.length()").value(2));
    }

    @Test
    void forbiddenIs403() throws Exception {
        problem(mvc.perform(get("/outcomes/forbidden")), 403, ProblemTypes.FORBIDDEN, "Forbidden")
                .andExpect(jsonPath("$.detail").value("Only librarians may remove books"));
    }

    @Test
    void aStaleVersionIs412() throws Exception {
        problem(mvc.perform(get("/outcomes/stale")), 412, ProblemTypes.PRECONDITION_FAILED, "Precondition failed")
                .andExpect(jsonPath("$.detail").value(containsString("is at version 4, not 3")));
    }

    @Test
    void anEdgeProblemKeepsItsStatusTypeAndProperties() throws Exception {
        problem(mvc.perform(get("/edge/problem")), 429, ProblemTypes.TOO_MANY_REQUESTS, "Too many requests")
                .andExpect(jsonPath("$.detail").value("Wait a minute"))
                .andExpect(jsonPath("$.retryAfterSeconds").value(60));
    }

    @Test
    void anUnexpectedExceptionIs500WithoutItsInternals() throws Exception {
        problem(mvc.perform(get("/boom")), 500, ProblemTypes.INTERNAL, "Internal error")
                .andExpect(jsonPath("$.detail").value("Something went wrong on our side. It has been logged."))
                .andExpect(content().string(not(containsString("postgresql"))))
                .andExpect(content().string(not(containsString("IllegalStateException"))))
                .andExpect(jsonPath("$.trace").doesNotExist())
                .andExpect(jsonPath("$.exception").doesNotExist());
    }

    @Test
    void aBodyFailingBeanValidationIs400ListingEachField() throws Exception {
        problem(postBook("{\"title\":\" \",\"author\":\"A\",\"level\":\"BEGINNER\",\"pages\":10}"), 400,
                ProblemTypes.VALIDATION, "Invalid request")
                .andExpect(jsonPath("$.detail").value("author, title are invalid"))
                .andExpect(jsonPath("$.errors[0].field").value("author"))
                .andExpect(jsonPath("$.errors[0].message").value("size must be between 2 and 2147483647"))
                .andExpect(jsonPath("$.errors[1].field").value("title"))
                .andExpect(jsonPath("$.errors[1].message").value("must not be blank"));
    }

    @Test
    void aPageOrSizeOutOfRangeIs400NamingTheParameter() throws Exception {
        problem(mvc.perform(get("/books").param("page", "-1").param("size", "101")), 400, ProblemTypes.VALIDATION,
                "Invalid request")
                .andExpect(jsonPath("$.detail").value("page, size are invalid"))
                .andExpect(jsonPath("$.errors[0].field").value("page"))
                .andExpect(jsonPath("$.errors[0].message").value("must be greater than or equal to 0"))
                .andExpect(jsonPath("$.errors[1].field").value("size"))
                .andExpect(jsonPath("$.errors[1].message").value("must be less than or equal to 100"));
    }

    @Test
    void aNonNumericPageIs400SayingWhatWasSentNotAConversionTrace() throws Exception {
        problem(mvc.perform(get("/books").param("page", "first")), 400, ProblemTypes.VALIDATION, "Invalid request")
                .andExpect(jsonPath("$.errors[0].field").value("page"))
                .andExpect(jsonPath("$.errors[0].message").value("invalid value 'first'"))
                .andExpect(content().string(not(containsString("java.lang"))));
    }

    @Test
    void aPageQueryInRangeIsAnswered() throws Exception {
        mvc.perform(get("/books").param("page", "2").param("size", "5"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page").value(2))
                .andExpect(jsonPath("$.size").value(5))
                .andExpect(jsonPath("$.totalPages").value(1));
    }

    @Test
    void aPathVariableOfTheWrongTypeIs400NamingIt() throws Exception {
        problem(mvc.perform(get("/books/not-a-uuid")), 400, ProblemTypes.VALIDATION, "Invalid request")
                .andExpect(jsonPath("$.errors[0].field").value("id"))
                .andExpect(jsonPath("$.errors[0].message").value("invalid value 'not-a-uuid'"));
    }

    @Test
    void aBadSlugIs400NamingTheParameter() throws Exception {
        problem(mvc.perform(get("/shelves/Not_A_Slug")), 400, ProblemTypes.VALIDATION, "Invalid request")
                .andExpect(jsonPath("$.errors[0].field").value("slug"))
                .andExpect(jsonPath("$.errors[0].message").value(Slug.MESSAGE));
    }

    @Test
    void malformedJsonIs400MalformedRequest() throws Exception {
        problem(postBook("{\"title\":"), 400, ProblemTypes.MALFORMED_REQUEST, "Malformed request")
                .andExpect(jsonPath("$.detail").value("The request body is not valid JSON for this endpoint"));
    }

    @Test
    void aMissingBodyIs400MalformedRequest() throws Exception {
        problem(mvc.perform(post("/books").contentType(MediaType.APPLICATION_JSON)), 400,
                ProblemTypes.MALFORMED_REQUEST, "Malformed request")
                .andExpect(jsonPath("$.detail").value("The request body is missing or unreadable"));
    }

    @Test
    void anUnknownEnumValueIs400ListingTheAllowedValues() throws Exception {
        problem(postBook("{\"title\":\"Dune\",\"author\":\"Herbert\",\"level\":\"EXPERT\",\"pages\":10}"), 400,
                ProblemTypes.VALIDATION, "Invalid request")
                .andExpect(jsonPath("$.detail").value("level is invalid"))
                .andExpect(jsonPath("$.errors[0].field").value("level"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("invalid value 'EXPERT'; allowed: BEGINNER, ADVANCED"));
    }

    @Test
    void aValueOfTheWrongJsonTypeIs400SayingWhatWasExpected() throws Exception {
        problem(postBook("{\"title\":{\"main\":\"Dune\"},\"author\":\"Herbert\",\"pages\":10}"), 400,
                ProblemTypes.VALIDATION, "Invalid request")
                .andExpect(jsonPath("$.errors[0].field").value("title"))
                .andExpect(jsonPath("$.errors[0].message").value("expected a string"));
        problem(postBook("{\"title\":\"Dune\",\"author\":\"Herbert\",\"pages\":\"many\"}"), 400,
                ProblemTypes.VALIDATION, "Invalid request")
                .andExpect(jsonPath("$.errors[0].field").value("pages"))
                .andExpect(jsonPath("$.errors[0].message").value("invalid value 'many'"));
    }

    @Test
    void anUnsupportedMediaTypeIsTyped() throws Exception {
        problem(mvc.perform(post("/books").contentType(MediaType.TEXT_PLAIN).content("Dune")), 415,
                ProblemTypes.UNSUPPORTED_MEDIA_TYPE, "Unsupported Media Type");
    }

    @Test
    void anUnsupportedMethodIsTyped() throws Exception {
        problem(mvc.perform(delete("/books")), 405, ProblemTypes.METHOD_NOT_ALLOWED, "Method Not Allowed");
    }

    private ResultActions postBook(String json) throws Exception {
        return mvc.perform(post("/books").contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private static ResultActions problem(ResultActions result, int status, Object type, String title)
            throws Exception {
        return result.andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(status))
                .andExpect(jsonPath("$.type").value(type.toString()))
                .andExpect(jsonPath("$.title").value(title));
    }
}
