package io.learnpath.gateway.problem;

import io.learnpath.platform.web.ErrorStatusProblems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Gives a problem body to the error answers parts of the framework finish without one: Spring Security's firewall
 * (400 for a {@code CONNECT} or {@code TRACE}, a {@code %00}, an encoded slash, a {@code ;} or a {@code ..} in the
 * path), the CORS check (403 for an origin that is not allowed), and anything else that sets an error status and
 * completes the response empty. Answers with a body (a service's, or one of ours) pass untouched.
 *
 * <p>Written here because none of those components takes a body writer: they set the status and either complete
 * the response or leave that to the server. First in the chain, so it wraps the security filters.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class EmptyErrorAnswers implements WebFilter {

    private final ProblemResponses problems;

    EmptyErrorAnswers(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpResponse withProblemBodies = new ServerHttpResponseDecorator(exchange.getResponse()) {
            @Override
            public Mono<Void> setComplete() {
                return needsABody(this) ? problem(exchange) : super.setComplete();
            }
        };
        // The firewall's and the CORS check's refusals only set the status and leave the completing to the
        // server, after the chain: that is where they get their body.
        return chain.filter(exchange.mutate().response(withProblemBodies).build())
                .then(Mono.defer(() -> needsABody(exchange.getResponse()) ? problem(exchange) : Mono.empty()));
    }

    private static boolean needsABody(ServerHttpResponse response) {
        HttpStatusCode status = response.getStatusCode();
        return status != null && status.isError() && !response.isCommitted();
    }

    /**
     * Written through the undecorated exchange, whose response does not come back to this filter. The firewall
     * refuses before Spring Security's header writer runs, so its refusals get the security headers here.
     */
    private Mono<Void> problem(ServerWebExchange exchange) {
        SecurityHeaders.addMissing(exchange.getResponse().getHeaders());
        return problems.write(exchange,
                ErrorStatusProblems.forStatus(exchange.getResponse().getStatusCode().value(), null));
    }
}
