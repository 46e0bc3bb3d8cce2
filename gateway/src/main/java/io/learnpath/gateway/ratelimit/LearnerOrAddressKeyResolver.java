package io.learnpath.gateway.ratelimit;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import org.springframework.cloud.gateway.filter.ratelimit.KeyResolver;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Whose bucket a request draws from: the learner's (token subject) when the request carries a verified access
 * token, so a whole classroom behind one NAT address does not share one budget; otherwise the client's address.
 * The address is the TCP peer's: {@code X-Forwarded-For} is attacker-controlled and counts only when the peer is
 * one of the proxies in {@code spring.cloud.gateway.server.webflux.trusted-proxies} ({@code TRUSTED_PROXIES}),
 * in which case the gateway's Netty server has already replaced the peer with the forwarded client.
 */
public class LearnerOrAddressKeyResolver implements KeyResolver {

    @Override
    public Mono<String> resolve(ServerWebExchange exchange) {
        return exchange.getPrincipal()
                .filter(JwtAuthenticationToken.class::isInstance)
                .map(principal -> "learner:" + principal.getName())
                .switchIfEmpty(Mono.fromSupplier(() -> "address:" + clientAddress(exchange)));
    }

    static String clientAddress(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        if (remote == null) {
            return "unknown";
        }
        InetAddress address = remote.getAddress();
        return address != null ? address.getHostAddress() : remote.getHostString();
    }
}
