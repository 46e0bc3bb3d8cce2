package io.learnpath.gateway.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import org.springframework.http.ProblemDetail;

/**
 * An RFC 9457 problem as the gateway writes it. A record rather than Spring's {@code ProblemDetail} because the
 * gateway writes most of its problems straight to the response (security entry point, error handler), outside
 * any message-writer negotiation, and wants exactly these members in this order.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(URI type, String title, int status, String detail, String instance) {

    /** The platform's problem (built by {@code Problems}, as every service builds its own), at this path. */
    public static Problem from(ProblemDetail problem, String instance) {
        return new Problem(problem.getType(), problem.getTitle(), problem.getStatus(), problem.getDetail(), instance);
    }
}
