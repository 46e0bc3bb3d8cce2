package io.learnpath.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DiscoveryApplicationTest {

    @LocalServerPort
    int port;

    private RestClient client() {
        return RestClient.create("http://localhost:" + port);
    }

    @Test
    void servesTheRegistry() {
        var response = client().get().uri("/eureka/apps").accept(MediaType.APPLICATION_JSON)
                .retrieve().toEntity(String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).contains("applications");
    }

    @Test
    void reportsReadinessAndMetrics() {
        assertThat(client().get().uri("/actuator/health/readiness").retrieve().body(String.class)).contains("UP");
        assertThat(client().get().uri("/actuator/prometheus").retrieve().body(String.class))
                .contains("application=\"discovery\"");
    }
}
