package io.learnpath.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.learnpath.gateway.DownstreamStub.ReceivedRequest;
import io.learnpath.gateway.GatewayIntegrationTest;
import io.learnpath.platform.test.TestTokens;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

class AccessTokenCheckTest extends GatewayIntegrationTest {

    @Test
    void publicContentIsReadWithoutAToken() {
        String marker = marker();

        gateway().get().uri("/api/content/roadmaps/backend?" + marker)
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ETAG, "\"stub-1\"")
                // Caching is the service's call: the gateway adds no "no-store" of its own.
                .expectHeader().doesNotExist(HttpHeaders.CACHE_CONTROL)
                .expectBody().jsonPath("$.path").isEqualTo("/api/content/roadmaps/backend");

        assertThat(DOWNSTREAM.receivedWith(marker)).singleElement()
                .satisfies(request -> assertThat(request.header(HttpHeaders.AUTHORIZATION)).isEmpty());
    }

    @Test
    void signInNeedsNoToken() {
        gateway().post().uri("/api/auth/logout?" + marker())
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"refreshToken\":\"r\"}")
                .exchange()
                .expectStatus().isOk();
    }

    @Test
    void theMfaStepOfSignInNeedsNoTokenAndDrawsFromTheSignInBudget() {
        String marker = marker();

        // The small sign-in budget is shared by every test from this address: wait for a refill, not for luck.
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> gateway().post()
                .uri("/api/auth/login/mfa?" + marker)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"challenge\":\"c\",\"code\":\"123456\"}")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("X-RateLimit-Burst-Capacity", "3"));

        assertThat(DOWNSTREAM.receivedWith(marker)).singleElement()
                .satisfies(request -> assertThat(request.header(HttpHeaders.AUTHORIZATION)).isEmpty());
    }

    @Test
    void aStaleTokenSentToAPublicPathIsIgnoredNotRefused() {
        String marker = marker();

        gateway().get().uri("/api/content/roadmaps/backend?" + marker)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.shared().expired(UUID.randomUUID()))
                .exchange()
                .expectStatus().isOk();
        gateway().post().uri("/api/auth/refresh?" + marker())
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.shared().expired(UUID.randomUUID()))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"refreshToken\":\"r\"}")
                .exchange()
                .expectStatus().isOk();
    }

    @Test
    void writingContentNeedsAToken() {
        gateway().post().uri("/api/content/roadmaps")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}")
                .exchange()
                .expectStatus().isUnauthorized();
    }

    @Test
    void progressWithoutATokenIsAnUnauthorizedProblem() {
        gateway().get().uri("/api/progress/summary")
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .expectHeader().doesNotExist(HttpHeaders.SET_COOKIE)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://learnpath.io/problems/unauthorized")
                .jsonPath("$.status").isEqualTo(401)
                .jsonPath("$.instance").isEqualTo("/api/progress/summary");
    }

    static Stream<Arguments> refusedTokens() {
        return Stream.of(
                refused("expired", tokens -> tokens.expired(UUID.randomUUID())),
                refused("for another audience", tokens -> tokens.forAudience(UUID.randomUUID(), "someone-else")),
                refused("from another issuer", tokens -> tokens.fromIssuer(UUID.randomUUID(), "https://evil.example")),
                refused("unsigned (alg none)", tokens -> tokens.unsigned(UUID.randomUUID())),
                refused("HMAC-signed", tokens -> tokens.hmacSigned(UUID.randomUUID())),
                refused("signed by a stranger's key", tokens -> tokens.signedByAStranger(UUID.randomUUID())),
                refused("not a JWT", tokens -> "not-a-jwt"));
    }

    @ParameterizedTest(name = "a token {0} is refused")
    @MethodSource("refusedTokens")
    void refusesTokens(String kind, String token) {
        String marker = marker();

        gateway().get().uri("/api/notifications?" + marker)
                .header(HttpHeaders.AUTHORIZATION, bearer(token))
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"")
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://learnpath.io/problems/unauthorized");

        assertThat(DOWNSTREAM.receivedWith(marker)).isEmpty();
    }

    @Test
    void aValidTokenPassesWithItsAuthorizationHeaderAndTheOriginalPath() {
        String token = validToken();
        String marker = marker();

        gateway().get().uri("/api/notifications/unread?page=0&" + marker)
                .header(HttpHeaders.AUTHORIZATION, bearer(token))
                .exchange()
                .expectStatus().isOk()
                .expectHeader().doesNotExist(HttpHeaders.SET_COOKIE)
                .expectBody().jsonPath("$.path").isEqualTo("/api/notifications/unread");

        List<ReceivedRequest> received = DOWNSTREAM.receivedWith(marker);
        assertThat(received).singleElement().satisfies(request -> {
            assertThat(request.method()).isEqualTo("GET");
            assertThat(request.uri().getPath()).isEqualTo("/api/notifications/unread");
            assertThat(request.uri().getRawQuery()).isEqualTo("page=0&" + marker);
            assertThat(request.header(HttpHeaders.AUTHORIZATION)).contains(bearer(token));
        });
    }

    @Test
    void probesAndTheScrapeEndpointNeedNoToken() {
        management().get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
        management().get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
        management().get().uri("/actuator/prometheus").exchange().expectStatus().isOk();
    }

    @Test
    void otherActuatorEndpointsAreNotExposed() {
        management().get().uri("/actuator/env")
                .header(HttpHeaders.AUTHORIZATION, bearer(validToken()))
                .exchange()
                .expectStatus().isNotFound();
    }

    private static Arguments refused(String kind, Function<TestTokens, String> token) {
        return Arguments.of(kind, token.apply(TOKENS));
    }
}
