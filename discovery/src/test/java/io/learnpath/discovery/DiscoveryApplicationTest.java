package io.learnpath.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "learnpath.discovery.password=" + DiscoveryApplicationTest.SECRET)
class DiscoveryApplicationTest {

    static final String SECRET = "a-long-random-component-secret";

    /** An instance of the content-service on a port nobody should ever be sent to. */
    private static final String FAKE_INSTANCE = """
            {"instance": {"instanceId": "intruder:9", "hostName": "localhost", "app": "CONTENT-SERVICE",
             "ipAddr": "127.0.0.1", "status": "UP", "port": {"$": 9, "@enabled": "true"},
             "dataCenterInfo": {"@class": "com.netflix.appinfo.InstanceInfo$DefaultDataCenterInfo", "name": "MyOwn"}}}
            """;

    /** Read from the registry itself, not from the server's response cache (refreshed every few seconds). */
    private static final String FAKE_INSTANCE_PATH = "/eureka/apps/CONTENT-SERVICE/intruder:9";

    @LocalServerPort
    int port;

    private RestClient client() {
        return RestClient.create("http://localhost:" + port);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private HttpStatusCode get(String path, String authorization) {
        return client().get().uri(path).accept(MediaType.APPLICATION_JSON)
                .headers(headers -> {
                    if (authorization != null) {
                        headers.set(HttpHeaders.AUTHORIZATION, authorization);
                    }
                })
                .exchange((request, response) -> response.getStatusCode());
    }

    private HttpStatusCode register(String authorization) {
        return client().post().uri("/eureka/apps/CONTENT-SERVICE").contentType(MediaType.APPLICATION_JSON)
                .headers(headers -> {
                    if (authorization != null) {
                        headers.set(HttpHeaders.AUTHORIZATION, authorization);
                    }
                })
                .body(FAKE_INSTANCE)
                .exchange((request, response) -> response.getStatusCode());
    }

    @Test
    void servesTheRegistryToTheComponents() {
        var response = client().get().uri("/eureka/apps").accept(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.AUTHORIZATION, basic("learnpath", SECRET))
                .retrieve().toEntity(String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).contains("applications");
    }

    @Test
    void refusesAnonymousReadsWritesAndTheDashboard() {
        assertThat(get("/eureka/apps", null)).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(get("/", null)).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(register(null)).isEqualTo(HttpStatus.UNAUTHORIZED);

        assertThat(get(FAKE_INSTANCE_PATH, basic("learnpath", SECRET))).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void refusesAnInstanceRegisteredWithWrongCredentials() {
        assertThat(register(basic("learnpath", SECRET + "x"))).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(register(basic("admin", SECRET))).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(get("/eureka/apps", basic("learnpath", "guess"))).isEqualTo(HttpStatus.UNAUTHORIZED);

        assertThat(get(FAKE_INSTANCE_PATH, basic("learnpath", SECRET))).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void registersAnInstanceThatSignsIn() {
        assertThat(register(basic("learnpath", SECRET))).isEqualTo(HttpStatus.NO_CONTENT);

        assertThat(get(FAKE_INSTANCE_PATH, basic("learnpath", SECRET))).isEqualTo(HttpStatus.OK);
        client().delete().uri(FAKE_INSTANCE_PATH)
                .header(HttpHeaders.AUTHORIZATION, basic("learnpath", SECRET)).retrieve().toBodilessEntity();
    }

    @Test
    void leavesHealthAndMetricsOpenForProbesAndTheScraper() {
        assertThat(client().get().uri("/actuator/health/readiness").retrieve().body(String.class)).contains("UP");
        assertThat(client().get().uri("/actuator/prometheus").retrieve().body(String.class))
                .contains("application=\"discovery\"");
    }
}
