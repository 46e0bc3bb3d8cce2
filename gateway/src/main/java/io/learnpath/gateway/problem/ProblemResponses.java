package io.learnpath.gateway.problem;

import io.learnpath.platform.web.Problems;
import io.learnpath.platform.web.ProblemTypes;
import java.net.URI;
import java.util.Set;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes {@code application/problem+json} responses for whatever the gateway answers itself: 401/403 from the
 * security chain, 429 from the rate limiter, 404/5xx from the error handler. Headers already on the response
 * (rate-limit counters, {@code WWW-Authenticate}, CORS) are kept.
 */
@Component
public class ProblemResponses {

    private final JsonMapper json;

    public ProblemResponses(JsonMapper json) {
        this.json = json;
    }

    /** A problem of the generic type for {@code status}. */
    public Mono<Void> write(ServerWebExchange exchange, HttpStatusCode status, String title, String detail) {
        return write(exchange, Problems.of(status, ProblemTypes.forStatus(status), title, detail));
    }

    public Mono<Void> write(ServerWebExchange exchange, ProblemDetail detail) {
        ServerHttpResponse response = exchange.getResponse();
        Problem problem = Problem.from(detail, originalPath(exchange));
        response.setStatusCode(HttpStatusCode.valueOf(problem.status()));
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        // A proxied response that failed half-way may have left its length behind; the problem has its own.
        response.getHeaders().remove("Content-Length");
        return response.writeWith(Mono.fromSupplier(() -> {
            DataBuffer buffer = response.bufferFactory().wrap(json.writeValueAsBytes(problem));
            return buffer;
        }));
    }

    /**
     * The path the client asked for. After a {@code forward:} to a fallback the request path is the fallback's,
     * so the gateway's record of the original URL wins.
     */
    public static String originalPath(ServerWebExchange exchange) {
        Set<URI> originals = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ORIGINAL_REQUEST_URL_ATTR);
        if (originals != null && !originals.isEmpty()) {
            return originals.iterator().next().getRawPath();
        }
        return exchange.getRequest().getPath().value();
    }
}
