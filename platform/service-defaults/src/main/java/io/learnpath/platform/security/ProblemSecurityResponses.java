package io.learnpath.platform.security;

import io.learnpath.platform.web.ProblemTypes;
import io.learnpath.platform.web.Problems;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * 401, 403 and a token that could not be checked (503) answered as problem details, like every other error, instead
 * of Spring Security's empty bodies.
 */
final class ProblemSecurityResponses {

    private static final Logger log = LoggerFactory.getLogger(ProblemSecurityResponses.class);

    private final JsonMapper json;

    ProblemSecurityResponses(JsonMapper json) {
        this.json = json;
    }

    AuthenticationEntryPoint unauthorized() {
        return (request, response, exception) -> {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
            write(response, Problems.unauthorized());
        };
    }

    /**
     * What a failed token check answers: 401 when the token is at fault, 503 when it could not be checked (the
     * auth-service's keys could not be fetched within {@code jwks-timeout}), so that a client does not sign the
     * learner out over an outage. Spring Security would pass the latter on as an exception, a 500.
     */
    AuthenticationFailureHandler tokenCheckFailed() {
        AuthenticationEntryPoint unauthorized = unauthorized();
        return (request, response, exception) -> {
            if (exception instanceof AuthenticationServiceException) {
                // The operators' side of it: the cause names the key endpoint and what went wrong there.
                log.warn("An access token could not be checked: {}", exception.getMessage());
                response.setHeader(HttpHeaders.RETRY_AFTER, "1");
                write(response, Problems.of(HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.SERVICE_UNAVAILABLE,
                        "Service Unavailable", "Your access token could not be checked right now; try again shortly"));
            } else {
                unauthorized.commence(request, response, exception);
            }
        };
    }

    AccessDeniedHandler forbidden() {
        return (request, response, exception) -> write(response, Problems.forbidden());
    }

    private void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        json.writeValue(response.getOutputStream(), problem);
    }
}
