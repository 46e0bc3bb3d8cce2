package io.learnpath.gateway.apidocs;

import static org.assertj.core.api.Assertions.assertThat;

import io.learnpath.auth.events.AuthEvents;
import io.learnpath.content.events.ContentEvents;
import io.learnpath.gateway.GatewayIntegrationTest;
import io.learnpath.progress.events.ProgressEvents;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/** The publishing services' AsyncAPI documents, served publicly by the gateway from the contracts modules. */
class AsyncApiDocumentationTest extends GatewayIntegrationTest {

    @Test
    void theIndexListsTheThreePublishersWithoutAToken() {
        gateway().get().uri("/api-docs/asyncapi")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectBody()
                .jsonPath("$.length()").isEqualTo(3)
                .jsonPath("$[0].name").isEqualTo("auth-service")
                .jsonPath("$[0].title").isEqualTo("Learnpath auth-service events")
                .jsonPath("$[0].url").isEqualTo("/api-docs/asyncapi/auth-service.yaml")
                .jsonPath("$[1].name").isEqualTo("content-service")
                .jsonPath("$[1].url").isEqualTo("/api-docs/asyncapi/content-service.yaml")
                .jsonPath("$[2].name").isEqualTo("progress-service")
                .jsonPath("$[2].title").isEqualTo("Learnpath progress-service events")
                .jsonPath("$[2].url").isEqualTo("/api-docs/asyncapi/progress-service.yaml");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "auth-service, " + AuthEvents.TOPIC,
            "content-service, " + ContentEvents.TOPIC,
            "progress-service, " + ProgressEvents.TOPIC })
    void eachDocumentIsServedAsYamlWithoutAToken(String service, String topic) throws IOException {
        byte[] body = gateway().get().uri("/api-docs/asyncapi/" + service + ".yaml")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().contentType("application/yaml")
                .expectBody().returnResult().getResponseBody();

        assertThat(body).isEqualTo(shipped(service));
        assertThat(new String(body, StandardCharsets.UTF_8))
                .startsWith("asyncapi: 3.0.0")
                .contains("address: " + topic + "\n")
                .contains("address: " + topic + ".DLT\n");
    }

    @Test
    void anUnknownDocumentIsANotFoundProblem() {
        gateway().get().uri("/api-docs/asyncapi/billing-service.yaml")
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://learnpath.io/problems/not-found")
                .jsonPath("$.status").isEqualTo(404)
                .jsonPath("$.instance").isEqualTo("/api-docs/asyncapi/billing-service.yaml");
    }

    @Test
    void onlyReadingIsPublic() {
        gateway().post().uri("/api-docs/asyncapi")
                .exchange()
                .expectStatus().isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    private static byte[] shipped(String service) throws IOException {
        String resource = "asyncapi/" + service + ".asyncapi.yaml";
        try (InputStream in = AsyncApiDocumentationTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return in.readAllBytes();
        }
    }
}
