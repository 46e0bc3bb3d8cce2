package io.learnpath.gateway.routing;

import io.learnpath.gateway.limits.SlowRequestTimeouts;
import io.learnpath.gateway.problem.ProblemResponses;
import java.net.ConnectException;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpStatusCodeException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.netty.channel.AbortedException;
import reactor.netty.http.client.PrematureCloseException;

/**
 * Turns every error the gateway raises itself into a problem response: no route for a path (404), the rate
 * limiter's refusal (429), a service that closed the connection before its answer was complete (502), no live
 * instance or a refused connection (503), a downstream too slow to answer (504), and anything unexpected (500,
 * logged, no details). Runs before Boot's default handler, which would
 * answer with its own JSON shape.
 */
@Component
@Order(-2)
class GatewayErrorHandler implements ErrorWebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(GatewayErrorHandler.class);

    private final ProblemResponses problems;

    GatewayErrorHandler(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (clientWentAway(error)) {
            // The client closed the connection (a tab closed, a body cut short): nobody is left to answer, and a
            // stack trace per disconnect would bury the errors that matter.
            log.debug("Client went away during {} {}: {}", exchange.getRequest().getMethod(),
                    exchange.getRequest().getPath(), error.toString());
            return Mono.empty();
        }
        if (exchange.getResponse().isCommitted()) {
            // Half a response is on the wire (a stream broke off); nothing sensible can be written any more.
            return Mono.error(error);
        }
        Answer answer = answerFor(error);
        Mono<Void> logged = answer.status().is5xxServerError()
                ? WithTraceIds.log(() -> logServerSide(exchange, answer, error))
                : Mono.empty();
        if (answer.status().value() == HttpStatus.TOO_MANY_REQUESTS.value()) {
            // Saves clients from guessing a back-off: the bucket holds enough tokens again after this long.
            exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER,
                    String.valueOf(secondsUntilRefilled(exchange.getResponse().getHeaders())));
        }
        return logged.then(problems.write(exchange, answer.status(), answer.title(), answer.detail()));
    }

    private static void logServerSide(ServerWebExchange exchange, Answer answer, Throwable error) {
        if (answer.status().value() == HttpStatus.INTERNAL_SERVER_ERROR.value()) {
            log.error("Unexpected gateway error for {} {}", exchange.getRequest().getMethod(),
                    exchange.getRequest().getPath(), error);
        } else {
            log.warn("{} for {} {}: {}", answer.status().value(), exchange.getRequest().getMethod(),
                    exchange.getRequest().getPath(), error.toString());
        }
    }

    static Answer answerFor(Throwable error) {
        if (error instanceof AuthenticationServiceException) {
            // The token could not be checked: the auth-service's keys could not be fetched in time. Nothing is
            // wrong with the token, so no 401 that would sign the learner out; the check is worth retrying. Tested
            // first: the cause may be the key fetch's read timeout, which is not the client's slow request (408).
            return new Answer(HttpStatus.SERVICE_UNAVAILABLE, "Service Unavailable",
                    "Your access token could not be checked right now; try again shortly");
        }
        if (error instanceof HttpStatusCodeException limited) {
            // RequestRateLimiter with throw-on-limit raises this; the counters are already on the response.
            return forStatus(limited.getStatusCode());
        }
        if (error instanceof ResponseStatusException status) {
            return forStatus(status.getStatusCode());
        }
        if (requestTimedOut(error)) {
            // The client's request did not arrive in time (limits/SlowRequestTimeouts). Reactor Netty closes the
            // connection then, so the answer rarely reaches anyone; what matters is that it is no 500 with a stack
            // trace in the log. The services' answers are timed by the routes, which raise a 504 instead.
            return forStatus(HttpStatus.REQUEST_TIMEOUT);
        }
        if (causedBy(error, ConnectException.class) || causedBy(error, io.netty.channel.ConnectTimeoutException.class)) {
            return forStatus(HttpStatus.SERVICE_UNAVAILABLE);
        }
        if (causedBy(error, PrematureCloseException.class)) {
            // The service went away mid-request (it stopped or crashed): its failure, not the gateway's, and
            // worth a retry once another instance or the restarted one answers.
            return forStatus(HttpStatus.BAD_GATEWAY);
        }
        if (causedBy(error, TimeoutException.class)) {
            return forStatus(HttpStatus.GATEWAY_TIMEOUT);
        }
        return forStatus(HttpStatus.INTERNAL_SERVER_ERROR);
    }

    private static boolean requestTimedOut(Throwable error) {
        for (Throwable cause = error; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (SlowRequestTimeouts.isRequestTimeout(cause)) {
                return true;
            }
        }
        return false;
    }

    static boolean clientWentAway(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof AbortedException || AbortedException.isConnectionReset(cause)) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    private static Answer forStatus(HttpStatusCode status) {
        return switch (status.value()) {
            case 404 -> new Answer(status, "Not Found", "No API resource at this path");
            case 405 -> new Answer(status, "Method Not Allowed", "This path does not accept that method");
            case 408 -> new Answer(status, "Request Timeout", "The request did not arrive in time");
            case 429 -> new Answer(status, "Too Many Requests",
                    "Request rate limit exceeded; retry after the time given in Retry-After");
            case 502 -> new Answer(status, "Bad Gateway",
                    "The service behind this path broke off its answer; try again shortly");
            case 503 -> new Answer(status, "Service Unavailable",
                    "The service behind this path is not available right now; try again shortly");
            case 504 -> new Answer(status, "Gateway Timeout", "The service behind this path did not answer in time");
            case 500 -> new Answer(status, "Internal Server Error", "The gateway could not handle this request");
            default -> new Answer(status, reason(status), reason(status));
        };
    }

    static long secondsUntilRefilled(HttpHeaders rateLimitHeaders) {
        try {
            long requested = Long.parseLong(rateLimitHeaders.getFirst("X-RateLimit-Requested-Tokens"));
            long replenishedPerSecond = Long.parseLong(rateLimitHeaders.getFirst("X-RateLimit-Replenish-Rate"));
            return Math.max(1, (requested + replenishedPerSecond - 1) / replenishedPerSecond);
        } catch (NumberFormatException | ArithmeticException e) {
            return 1;
        }
    }

    private static String reason(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        return known != null ? known.getReasonPhrase() : "Error " + status.value();
    }

    private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    record Answer(HttpStatusCode status, String title, String detail) {
    }
}
