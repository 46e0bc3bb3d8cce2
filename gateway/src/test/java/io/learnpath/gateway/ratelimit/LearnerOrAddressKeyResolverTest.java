package io.learnpath.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

class LearnerOrAddressKeyResolverTest {

    private final LearnerOrAddressKeyResolver resolver = new LearnerOrAddressKeyResolver();

    @Test
    void aLearnerWithAVerifiedTokenIsKeyedByTheTokenSubject() {
        Jwt jwt = Jwt.withTokenValue("t").header("alg", "RS256").subject("7f0c6a43-7f30-4a0e-9d7e-0d3c1a1b2c3d")
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60)).build();
        ServerWebExchange exchange = fromAddress("198.51.100.7").mutate()
                .principal(Mono.just(new JwtAuthenticationToken(jwt, List.of())))
                .build();

        assertThat(resolver.resolve(exchange).block()).isEqualTo("learner:7f0c6a43-7f30-4a0e-9d7e-0d3c1a1b2c3d");
    }

    @Test
    void anAnonymousCallerIsKeyedByItsAddress() {
        assertThat(resolver.resolve(fromAddress("198.51.100.7")).block()).isEqualTo("address:198.51.100.7");
    }

    @Test
    void anAnonymousAuthenticationDoesNotCountAsALearner() {
        ServerWebExchange exchange = fromAddress("198.51.100.7").mutate()
                .principal(Mono.just(new AnonymousAuthenticationToken("key", "anonymousUser",
                        AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"))))
                .build();

        assertThat(resolver.resolve(exchange).block()).isEqualTo("address:198.51.100.7");
    }

    @Test
    void aClaimedForwardedAddressIsIgnored() {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/content/x")
                .remoteAddress(new InetSocketAddress("198.51.100.7", 50000))
                .header("X-Forwarded-For", "203.0.113.9"));

        assertThat(resolver.resolve(exchange).block()).isEqualTo("address:198.51.100.7");
    }

    @Test
    void signInIsKeyedByAddressEvenWithAVerifiedToken() {
        Jwt jwt = Jwt.withTokenValue("t").header("alg", "RS256").subject("7f0c6a43-7f30-4a0e-9d7e-0d3c1a1b2c3d")
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60)).build();
        ServerWebExchange exchange = fromAddress("198.51.100.7").mutate()
                .principal(Mono.just(new JwtAuthenticationToken(jwt, List.of())))
                .build();

        assertThat(new ClientAddressKeyResolver().resolve(exchange).block()).isEqualTo("address:198.51.100.7");
    }

    private static ServerWebExchange fromAddress(String address) {
        return MockServerWebExchange.from(MockServerHttpRequest.get("/api/content/x")
                .remoteAddress(new InetSocketAddress(address, 50000)));
    }
}
