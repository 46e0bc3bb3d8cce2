package io.learnpath.gateway.fallback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.learnpath.gateway.DownstreamStub;
import io.learnpath.gateway.GatewayIntegrationTest;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Services with more than one instance, where one of them fails. A context of its own, since the instance lists
 * differ from the other tests':
 * <ul>
 * <li>content-service: the shared stub, {@link #FLAKY} (answers 503 to one path) and an instance nobody listens on;
 * <li>notification-service: the shared stub and {@link #HUNG}, which says it is ready but never answers;
 * <li>auth-service: the shared stub and {@link #NOT_READY}, which answers but says it is not ready;
 * <li>progress-service: an instance nobody listens on (as in the other tests), the shared stub and {@link #FROZEN},
 * which works until a test freezes it: then it answers nothing, its readiness probe included, like a stopped
 * process.
 * </ul>
 */
class InstanceFailoverTest extends GatewayIntegrationTest {

    private static final String FLAKY_PATH = "/api/content/roadmaps/flaky";
    private static final DownstreamStub FLAKY = DownstreamStub.start();
    private static final DownstreamStub HUNG = DownstreamStub.start();
    private static final DownstreamStub NOT_READY = DownstreamStub.start();
    private static final DownstreamStub FROZEN = DownstreamStub.start();

    static {
        FLAKY.fail(FLAKY_PATH, 503);
        HUNG.hangOnEveryRequest();
        NOT_READY.readiness(503);
    }

    @DynamicPropertySource
    static void secondInstances(DynamicPropertyRegistry registry) {
        String instances = "spring.cloud.discovery.client.simple.instances.";
        registry.add(instances + "content-service[1].uri", FLAKY::uri);
        registry.add(instances + "content-service[2].uri", () -> NOBODY_LISTENS);
        registry.add(instances + "notification-service[1].uri", HUNG::uri);
        registry.add(instances + "auth-service[1].uri", NOT_READY::uri);
        registry.add(instances + "progress-service[1].uri", DOWNSTREAM::uri);
        registry.add(instances + "progress-service[2].uri", FROZEN::uri);
    }

    @AfterAll
    static void stopInstances() {
        FLAKY.close();
        HUNG.close();
        NOT_READY.close();
        FROZEN.close();
    }

    @Test
    void aReadThatOneInstanceFailsIsAnsweredByAnother() {
        for (int read = 0; read < 10; read++) {
            gateway().get().uri(FLAKY_PATH)
                    .header(HttpHeaders.AUTHORIZATION, bearer(validToken()))
                    .exchange()
                    .expectStatus().isOk();
        }

        assertThat(FLAKY.receivedAt(FLAKY_PATH)).as("the failing instance was tried").isNotEmpty();
    }

    @Test
    void aReadThatOneInstanceNeverAnswersIsAnsweredByAnother() {
        String path = "/api/notifications/inbox";
        for (int read = 0; read < 4; read++) {
            gateway().get().uri(path)
                    .header(HttpHeaders.AUTHORIZATION, bearer(validToken()))
                    .exchange()
                    .expectStatus().isOk()
                    .expectBody().jsonPath("$.path").isEqualTo(path);
        }

        assertThat(HUNG.receivedAt(path)).as("the hung instance was tried").isNotEmpty();
    }

    @Test
    void anInstanceThatFreezesStopsGettingRequestsWithinSeconds() {
        String path = "/api/progress/roadmaps/backend/summary";
        FROZEN.freeze();

        // Until its readiness check has failed, a read sent to it is retried on the other instance or, at worst,
        // answered 503 within the read limit; after that, every read goes to the other instance.
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            int sentToFrozen = FROZEN.receivedAt(path).size();
            for (int read = 0; read < 4; read++) {
                long started = System.nanoTime();
                gateway().get().uri(path)
                        .header(HttpHeaders.AUTHORIZATION, bearer(validToken()))
                        .exchange()
                        .expectStatus().isOk();
                assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(500));
            }
            assertThat(FROZEN.receivedAt(path)).hasSize(sentToFrozen);
        });
    }

    @Test
    void writesGoOnlyToInstancesThatAreReady() {
        String marker = marker();
        for (int write = 0; write < 10; write++) {
            for (String path : new String[] { "/api/auth/sessions", "/api/content/roadmaps" }) {
                gateway().post().uri(path + "?" + marker)
                        .header(HttpHeaders.AUTHORIZATION, bearer(validToken()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .bodyValue("{}")
                        .exchange()
                        .expectStatus().isOk();
            }
        }

        assertThat(NOT_READY.receivedWith(marker)).isEmpty();
        assertThat(DOWNSTREAM.receivedWith(marker).size() + FLAKY.receivedWith(marker).size()).isEqualTo(20);
    }
}
