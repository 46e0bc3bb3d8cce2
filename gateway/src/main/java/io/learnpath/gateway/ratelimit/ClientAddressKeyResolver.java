package io.learnpath.gateway.ratelimit;

import org.springframework.cloud.gateway.filter.ratelimit.KeyResolver;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The bucket for sign-in, sign-up and token refresh: always the client's address, never the learner. Keyed by
 * learner, a password-guessing script could register throw-away accounts and send each one's token along to
 * get a fresh budget per account from a single address.
 */
public class ClientAddressKeyResolver implements KeyResolver {

    @Override
    public Mono<String> resolve(ServerWebExchange exchange) {
        return Mono.just("address:" + LearnerOrAddressKeyResolver.clientAddress(exchange));
    }
}
