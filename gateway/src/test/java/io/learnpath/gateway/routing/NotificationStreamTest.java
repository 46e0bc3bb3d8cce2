package io.learnpath.gateway.routing;

import io.learnpath.gateway.DownstreamStub;
import io.learnpath.gateway.GatewayIntegrationTest;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

class NotificationStreamTest extends GatewayIntegrationTest {

    @Test
    void eventsPassThroughWhileTheStreamIsStillOpen() {
        // The downstream sends its first event and then waits for this gate; were the gateway buffering, the
        // first event would never arrive and the gate would never open.
        CountDownLatch downstreamHoldsTheStream = DOWNSTREAM.holdNextStream();

        Flux<ServerSentEvent<String>> events = gateway().get().uri("/api/notifications/stream")
                .header(HttpHeaders.AUTHORIZATION, bearer(validToken()))
                .accept(MediaType.TEXT_EVENT_STREAM)
                .exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_EVENT_STREAM)
                .returnResult(new ParameterizedTypeReference<ServerSentEvent<String>>() {
                })
                .getResponseBody();

        StepVerifier.create(events)
                .expectNextMatches(event -> "1".equals(event.id()) && "first".equals(event.data()))
                .then(downstreamHoldsTheStream::countDown)
                .expectNextMatches(event -> "2".equals(event.id()) && "second".equals(event.data()))
                .expectComplete()
                .verify(Duration.ofSeconds(20));
    }

    @Test
    void aStreamTheServiceBreaksOffBeforeAnsweringIsABadGatewayProblem() {
        gateway().get().uri("/api/notifications/stream?" + DownstreamStub.BREAK_OFF)
                .header(HttpHeaders.AUTHORIZATION, bearer(validToken()))
                .accept(MediaType.TEXT_EVENT_STREAM)
                .exchange()
                .expectStatus().isEqualTo(HttpStatus.BAD_GATEWAY)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(502)
                .jsonPath("$.detail").isEqualTo("The service behind this path broke off its answer; try again shortly");
    }
}
