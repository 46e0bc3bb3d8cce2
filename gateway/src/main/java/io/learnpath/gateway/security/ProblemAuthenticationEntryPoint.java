package io.learnpath.gateway.security;

import io.learnpath.gateway.problem.ProblemResponses;
import io.learnpath.platform.web.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * 401 as a problem, with the {@code WWW-Authenticate: Bearer} challenge RFC 6750 asks for. When a token was sent
 * and refused, the challenge names the error code ({@code invalid_token}) but not the reason: why a token failed
 * (expired, wrong audience, bad signature) helps an attacker more than a client.
 */
final class ProblemAuthenticationEntryPoint implements ServerAuthenticationEntryPoint {

    private final ProblemResponses problems;

    ProblemAuthenticationEntryPoint(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException exception) {
        exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, challenge(exception));
        return problems.write(exchange, Problems.unauthorized());
    }

    static String challenge(AuthenticationException exception) {
        if (exception instanceof OAuth2AuthenticationException oauth2) {
            return "Bearer error=\"" + oauth2.getError().getErrorCode() + "\"";
        }
        return "Bearer";
    }
}
