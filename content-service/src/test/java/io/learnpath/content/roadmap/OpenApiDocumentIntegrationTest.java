package io.learnpath.content.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import io.learnpath.content.HttpProbe;
import io.learnpath.content.HttpProbe.Response;
import io.learnpath.platform.test.RealInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The OpenAPI document, as Swagger UI at the gateway reads it: no token, under the service's own prefix. */
@SpringBootTest(webEnvironment = RANDOM_PORT)
@RealInfrastructure
class OpenApiDocumentIntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void describesTheRoadmapReadsAsPublic() {
        Response response = new HttpProbe(port).get("/api/content/v3/api-docs");

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/json");
        JsonNode document = response.json();
        assertThat(document.get("openapi").asString()).isEqualTo("3.1.0");
        assertThat(document.at("/info/title").asString()).isEqualTo("content-service");
        assertThat(document.at("/components/securitySchemes/bearerAuth/scheme").asString()).isEqualTo("bearer");
        assertThat(document.at("/security/0/bearerAuth").isArray()).isTrue();
        assertThat(document.get("paths").propertyNames())
                .contains("/api/content/roadmaps", "/api/content/roadmaps/{slug}");
        // Every operation of the content API is a read anyone may make.
        for (String path : new String[] { "/api/content/roadmaps", "/api/content/roadmaps/{slug}" }) {
            JsonNode security = document.get("paths").get(path).get("get").get("security");
            assertThat(security).as(path).isNotNull();
            assertThat(security.isEmpty()).as(path).isTrue();
        }
    }
}
