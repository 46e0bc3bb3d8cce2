package io.learnpath.notification.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.learnpath.notification.support.Api;
import io.learnpath.notification.support.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The OpenAPI document, as Swagger UI at the gateway reads it: no token, under the service's own prefix. */
@IntegrationTest
class OpenApiDocumentIntegrationTest {

    @Autowired
    Api api;

    @Test
    void describesTheInboxAndTheStreamWithEveryOperationNeedingAToken() {
        Api.Response response = api.get("/api/notifications/v3/api-docs", null);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/json");
        JsonNode document = response.json();
        assertThat(document.get("openapi").asString()).isEqualTo("3.1.0");
        assertThat(document.at("/info/title").asString()).isEqualTo("notification-service");
        assertThat(document.at("/components/securitySchemes/bearerAuth/scheme").asString()).isEqualTo("bearer");
        assertThat(document.get("paths").propertyNames()).contains("/api/notifications",
                "/api/notifications/unread-count", "/api/notifications/{id}/read", "/api/notifications/read-all",
                "/api/notifications/stream");

        assertThat(requirements(document, "/api/notifications", "get")).containsExactly("bearerAuth");
        assertThat(requirements(document, "/api/notifications/{id}/read", "post")).containsExactly("bearerAuth");
        assertThat(requirements(document, "/api/notifications/stream", "get")).containsExactly("bearerAuth");
        assertThat(document.at("/paths/~1api~1notifications~1stream/get/responses/200/content").propertyNames())
                .containsExactly("text/event-stream");
        assertThat(document.at("/components/schemas/SseEmitter").isMissingNode()).isTrue();
    }

    /** The security schemes an operation needs: its own list if it has one, else the document's. */
    static List<String> requirements(JsonNode document, String path, String method) {
        JsonNode operation = document.get("paths").get(path).get(method);
        JsonNode security = operation.has("security") ? operation.get("security") : document.get("security");
        return security.valueStream().flatMap(requirement -> requirement.propertyNames().stream()).toList();
    }
}
