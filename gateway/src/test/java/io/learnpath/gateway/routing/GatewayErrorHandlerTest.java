package io.learnpath.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.server.ResponseStatusException;
import reactor.netty.channel.AbortedException;
import reactor.netty.http.client.PrematureCloseException;

class GatewayErrorHandlerTest {

    @Test
    void theRateLimitersRefusalIsTooManyRequests() {
        assertThat(GatewayErrorHandler.answerFor(
                HttpClientErrorException.create(HttpStatus.TOO_MANY_REQUESTS, "Too Many Requests", null, null, null))
                .status()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
    }

    @Test
    void aStatusExceptionKeepsItsStatus() {
        assertThat(GatewayErrorHandler.answerFor(new ResponseStatusException(HttpStatus.NOT_FOUND)).status())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void aRefusedConnectionIsServiceUnavailable() {
        assertThat(GatewayErrorHandler.answerFor(new IllegalStateException(new ConnectException("refused")))
                .status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
    }

    @Test
    void aServiceThatClosedTheConnectionMidRequestIsABadGatewayNotAnInternalError() {
        // What Reactor Netty's client raises when the service's process dies before its answer is complete.
        GatewayErrorHandler.Answer answer = GatewayErrorHandler.answerFor(
                new IllegalStateException(PrematureCloseException.TEST_EXCEPTION));

        assertThat(answer.status()).isEqualTo(HttpStatus.BAD_GATEWAY);
        assertThat(answer.detail()).contains("broke off");
    }

    @Test
    void aTokenThatCouldNotBeCheckedIsServiceUnavailableNotUnauthorized() {
        // What Spring Security raises when the keys could not be fetched (KeySetClient's time limit).
        GatewayErrorHandler.Answer answer = GatewayErrorHandler.answerFor(new AuthenticationServiceException(
                "An error occurred while attempting to decode the Jwt",
                new IllegalStateException(io.netty.handler.timeout.ReadTimeoutException.INSTANCE)));

        assertThat(answer.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(answer.detail()).contains("could not be checked");
    }

    @Test
    void aTimeoutIsGatewayTimeout() {
        assertThat(GatewayErrorHandler.answerFor(new TimeoutException()).status())
                .isEqualTo(HttpStatus.GATEWAY_TIMEOUT);
    }

    @Test
    void aClientThatClosedTheConnectionIsToldApartFromAnError() {
        assertThat(GatewayErrorHandler.clientWentAway(new AbortedException("Connection has been closed"))).isTrue();
        assertThat(GatewayErrorHandler.clientWentAway(new IllegalStateException(
                new java.io.IOException("Connection reset by peer")))).isTrue();
        assertThat(GatewayErrorHandler.clientWentAway(new NullPointerException())).isFalse();
        assertThat(GatewayErrorHandler.clientWentAway(new ConnectException("refused"))).isFalse();
    }

    @Test
    void anythingElseIsAnInternalErrorWithoutDetails() {
        GatewayErrorHandler.Answer answer = GatewayErrorHandler.answerFor(new NullPointerException("secret"));

        assertThat(answer.status()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(answer.detail()).doesNotContain("secret");
    }

    @Test
    void retryAfterIsTheTimeTheBucketNeedsForOneMoreRequest() {
        assertThat(GatewayErrorHandler.secondsUntilRefilled(rateLimit(1, 1))).isEqualTo(1);
        assertThat(GatewayErrorHandler.secondsUntilRefilled(rateLimit(60, 1))).isEqualTo(60);
        assertThat(GatewayErrorHandler.secondsUntilRefilled(rateLimit(1, 20))).isEqualTo(1);
        assertThat(GatewayErrorHandler.secondsUntilRefilled(new HttpHeaders())).isEqualTo(1);
    }

    private static HttpHeaders rateLimit(int requestedTokens, int replenishRate) {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-RateLimit-Requested-Tokens", String.valueOf(requestedTokens));
        headers.set("X-RateLimit-Replenish-Rate", String.valueOf(replenishRate));
        return headers;
    }
}
