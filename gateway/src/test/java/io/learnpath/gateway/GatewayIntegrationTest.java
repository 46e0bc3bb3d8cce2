package io.learnpath.gateway;

import io.learnpath.platform.infrastructure.FreePorts;
import io.learnpath.platform.test.RealInfrastructure;
import io.learnpath.platform.test.TestTokens;
import java.time.Duration;
import java.util.UUID;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The gateway as it runs: real Redis buckets, real JWKS, real HTTP to a downstream. Every test class extends this
 * one so they all share one application context.
 *
 * <p>auth-, content- and notification-service resolve to {@link DownstreamStub}. progress-service plays a
 * service that is down: its only instance is a loopback port nobody listens on (its readiness check fails, and
 * with no ready instance the load balancer offers it anyway, which refuses the connection), and the circuit
 * breaker's fallback can be tested without a second context. The time limits are the configured ones (reads 3 s, writes 5 s).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        // Small enough for a test to reach the limit in a few requests.
        "learnpath.gateway.rate-limit.credentials.replenish-rate=1",
        "learnpath.gateway.rate-limit.credentials.burst-capacity=3",
        // Short enough for a test to wait out a body that never comes.
        "learnpath.gateway.limits.body-read-timeout=1s",
        "management.server.port=0" })
@RealInfrastructure
public abstract class GatewayIntegrationTest {

    protected static final DownstreamStub DOWNSTREAM = DownstreamStub.start();
    protected static final String NOBODY_LISTENS = "http://127.0.0.1:" + FreePorts.any();
    protected static final TestTokens TOKENS = TestTokens.shared();

    @LocalServerPort
    private int port;

    @LocalManagementPort
    private int managementPort;

    @DynamicPropertySource
    static void downstreamServices(DynamicPropertyRegistry registry) {
        // No Eureka in tests: Spring Cloud's simple discovery client stands in for it.
        for (String service : new String[] { "auth-service", "content-service", "notification-service" }) {
            registry.add("spring.cloud.discovery.client.simple.instances." + service + "[0].uri", DOWNSTREAM::uri);
        }
        registry.add("spring.cloud.discovery.client.simple.instances.progress-service[0].uri", () -> NOBODY_LISTENS);
    }

    /** The public port, for requests no HTTP client library would send (see {@code RawHttp}). */
    protected int gatewayPort() {
        return port;
    }

    protected WebTestClient gateway() {
        return WebTestClient.bindToServer()
                .baseUrl("http://127.0.0.1:" + port)
                .responseTimeout(Duration.ofSeconds(30))
                .build();
    }

    /** The port of the probes and the metrics scrape, which the public one does not serve. */
    protected WebTestClient management() {
        return WebTestClient.bindToServer()
                .baseUrl("http://127.0.0.1:" + managementPort)
                .responseTimeout(Duration.ofSeconds(30))
                .build();
    }

    protected static String bearer(String token) {
        return "Bearer " + token;
    }

    protected static String validToken() {
        return TOKENS.learner(UUID.randomUUID());
    }

    protected static String marker() {
        return "marker=" + UUID.randomUUID();
    }
}
