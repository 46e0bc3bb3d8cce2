package io.learnpath.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The OpenAPI document, as Swagger UI at the gateway reads it: no token, under the service's own prefix. */
class OpenApiDocumentIntegrationTest extends ProgressIntegrationTest {

    private static final String SUMMARY = "/api/progress/roadmaps/{slug}";
    private static final String TOPIC_STATUS = "/api/progress/roadmaps/{slug}/topics/{topicSlug}";

    @Test
    void describesTheApiWithEveryOperationNeedingAToken() {
        Response response = get(null, "/api/progress/v3/api-docs");

        assertThat(response.status()).as(response.raw().body()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/json");
        JsonNode document = response.body();
        assertThat(document.get("openapi").asString()).isEqualTo("3.1.0");
        assertThat(document.at("/info/title").asString()).isEqualTo("progress-service");
        assertThat(document.at("/components/securitySchemes/bearerAuth/scheme").asString()).isEqualTo("bearer");
        assertThat(document.get("paths").propertyNames()).contains(SUMMARY, TOPIC_STATUS);

        assertThat(requirements(document, SUMMARY, "get")).containsExactly("bearerAuth");
        assertThat(requirements(document, TOPIC_STATUS, "put")).containsExactly("bearerAuth");
        // The learner comes from the token: the only parameters are the slugs in the path.
        assertThat(document.at("/paths/" + pointer(TOPIC_STATUS) + "/put/parameters").valueStream()
                .map(parameter -> parameter.get("name").asString())).containsExactly("slug", "topicSlug");
        assertThat(document.at("/components/schemas/StatusUpdateRequest/properties/status/enum").valueStream().map(JsonNode::asString))
                .contains("NOT_STARTED", "IN_PROGRESS", "DONE", "SKIPPED");
    }

    /** The security schemes an operation needs: its own list if it has one, else the document's. */
    static List<String> requirements(JsonNode document, String path, String method) {
        JsonNode operation = document.get("paths").get(path).get(method);
        JsonNode security = operation.has("security") ? operation.get("security") : document.get("security");
        return security.valueStream().flatMap(requirement -> requirement.propertyNames().stream()).toList();
    }

    private static String pointer(String path) {
        return path.replace("~", "~0").replace("/", "~1");
    }
}
