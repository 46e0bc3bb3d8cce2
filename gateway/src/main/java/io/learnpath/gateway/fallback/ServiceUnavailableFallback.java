package io.learnpath.gateway.fallback;

import io.learnpath.gateway.problem.Problem;
import io.learnpath.gateway.problem.ProblemResponses;
import io.learnpath.platform.web.ProblemTypes;
import io.learnpath.platform.web.Problems;
import io.learnpath.gateway.routing.WithTraceIds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Where each route's circuit breaker forwards when its service failed, timed out or the circuit is open: a 503
 * problem for every HTTP method, since a failed PUT or DELETE deserves the same answer as a failed GET.
 */
@RestController
class ServiceUnavailableFallback {

    private static final Logger log = LoggerFactory.getLogger(ServiceUnavailableFallback.class);

    // No method restriction on purpose: the forward keeps the client's method. A Mono, so that the answer is
    // written on the event loop instead of being handed to the blocking-call executor.
    @RequestMapping("/fallback/{service:[a-z][a-z-]*}")
    Mono<ResponseEntity<Problem>> serviceUnavailable(@PathVariable String service, ServerWebExchange exchange) {
        Throwable cause = exchange.getAttribute(ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
        String path = ProblemResponses.originalPath(exchange);
        Mono<Void> logged = cause == null ? Mono.empty() : WithTraceIds.log(() -> log.warn(
                "{} unavailable for {} {}: {}", service, exchange.getRequest().getMethod(), path, cause.toString()));
        Problem problem = Problem.from(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.SERVICE_UNAVAILABLE,
                "Service Unavailable", "The " + service + " is not available right now; try again shortly"), path);
        return logged.then(Mono.just(ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem)));
    }
}
