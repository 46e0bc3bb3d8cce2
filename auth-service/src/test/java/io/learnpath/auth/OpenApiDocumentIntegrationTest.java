package io.learnpath.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The OpenAPI document, as Swagger UI at the gateway reads it: no token, under the service's own prefix. */
class OpenApiDocumentIntegrationTest extends AuthServiceIntegrationTest {

    @Test
    void describesTheApiAndWhichOperationsNeedAToken() {
        Answer answer = get("/api/auth/v3/api-docs");

        assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/json");
        JsonNode document = answer.body();
        assertThat(document.get("openapi").asString()).isEqualTo("3.1.0");
        assertThat(document.at("/info/title").asString()).isEqualTo("auth-service");
        assertThat(document.at("/components/securitySchemes/bearerAuth/type").asString()).isEqualTo("http");
        assertThat(document.at("/components/securitySchemes/bearerAuth/scheme").asString()).isEqualTo("bearer");
        assertThat(document.get("paths").propertyNames()).contains("/api/auth/register", "/api/auth/login",
                "/api/auth/refresh", "/api/auth/logout", "/api/auth/me", "/api/auth/accounts/{id}",
                "/api/auth/.well-known/jwks.json");

        assertThat(requirements(document, "/api/auth/me", "get")).contains("bearerAuth");
        assertThat(requirements(document, "/api/auth/accounts/{id}", "get")).contains("bearerAuth");
        for (String open : new String[] { "/api/auth/register", "/api/auth/login", "/api/auth/refresh",
                "/api/auth/logout" }) {
            assertThat(requirements(document, open, "post")).as(open).isEmpty();
        }
        assertThat(requirements(document, "/api/auth/.well-known/jwks.json", "get")).isEmpty();
        // The learner comes from the token; the document must not ask clients for it.
        assertThat(document.at("/paths/~1api~1auth~1me/get/parameters").isMissingNode()).isTrue();
        assertThat(document.at("/paths/~1api~1auth~1register/post/responses/201").isObject()).isTrue();
    }

    /** The security schemes an operation needs: its own list if it has one, else the document's. */
    static List<String> requirements(JsonNode document, String path, String method) {
        JsonNode operation = document.get("paths").get(path).get(method);
        JsonNode security = operation.has("security") ? operation.get("security") : document.get("security");
        return security.valueStream().flatMap(requirement -> requirement.propertyNames().stream()).toList();
    }
}
