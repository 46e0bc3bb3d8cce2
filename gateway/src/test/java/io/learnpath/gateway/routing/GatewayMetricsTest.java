package io.learnpath.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.learnpath.gateway.GatewayIntegrationTest;
import org.junit.jupiter.api.Test;

class GatewayMetricsTest extends GatewayIntegrationTest {

    @Test
    void routedRequestsShowUpInThePrometheusScrape() {
        gateway().get().uri("/api/content/roadmaps").exchange().expectStatus().isOk();

        String scrape = management().get().uri("/actuator/prometheus")
                .exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat(scrape)
                .containsPattern("spring_cloud_gateway_requests_seconds_count\\{[^}]*routeId=\"content-service-reads\"")
                .containsPattern("spring_cloud_gateway_requests_seconds_bucket\\{")
                .containsPattern("http_server_requests_seconds_count\\{[^}]*application=\"gateway\"");
    }
}
