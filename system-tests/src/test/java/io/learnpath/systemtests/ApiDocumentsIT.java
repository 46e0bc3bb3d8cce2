package io.learnpath.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import io.learnpath.platform.test.http.TestHttp;
import io.learnpath.platform.test.http.TestResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every service's OpenAPI document as Swagger UI at the gateway reads it (no token, under the service's own
 * prefix): what it must say about the service, and what every document must say about each operation. Each
 * document is also written to {@code target/api-docs/<service>.json}, where the build's API lint
 * ({@code tools/api-lint}) reads it after the system tests.
 */
@ExtendWith(SharedStack.class)
class ApiDocumentsIT {

    private static final Path OUTPUT = Path.of(System.getProperty("learnpath.system-test.api-docs",
            "target/api-docs"));
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "options", "head", "patch",
            "trace");

    /** One service's document: where it is, and what it must say beyond what every document says. */
    enum ServiceApi {

        AUTH("auth-service", "auth",
                List.of("/api/auth/register", "/api/auth/login", "/api/auth/refresh", "/api/auth/logout",
                        "/api/auth/me", "/api/auth/me/email", "/api/auth/email/verify", "/api/auth/email/verification",
                        "/api/auth/password/forgot", "/api/auth/password/reset", "/api/auth/password/change",
                        "/api/auth/accounts/{id}", "/api/auth/me/audit", "/api/auth/admin/accounts/{id}/audit",
                        "/api/auth/login/mfa", "/api/auth/mfa", "/api/auth/mfa/enrolment",
                        "/api/auth/mfa/enrolment/confirmation", "/api/auth/mfa/recovery-codes", "/api/auth/mfa/disable",
                        "/api/auth/admin/signing-keys/rotate", "/api/auth/.well-known/jwks.json"),
                Set.of("post /api/auth/register", "post /api/auth/login", "post /api/auth/login/mfa",
                        "post /api/auth/refresh",
                        "post /api/auth/logout", "post /api/auth/email/verify", "post /api/auth/password/forgot",
                        "post /api/auth/password/reset", "get /api/auth/.well-known/jwks.json",
                        "get /api/auth/.well-known/openid-configuration")) {
            @Override
            void assertSpecifics(JsonNode document) {
                // The learner comes from the token; the document must not ask clients for it.
                assertThat(operation(document, "/api/auth/me", "get").has("parameters")).isFalse();
                assertThat(operation(document, "/api/auth/register", "post").at("/responses/202").isObject())
                        .isTrue();
            }
        },
        CONTENT("content-service", "content",
                List.of("/api/content/roadmaps", "/api/content/roadmaps/{slug}", "/api/content/roadmaps/{slug}/versions",
                        "/api/content/roadmaps/{slug}/versions/{version}", "/api/content/roadmaps/{slug}/export",
                        "/api/content/topics/{slug}", "/api/content/topics/{slug}/questions/{questionId}/answers",
                        "/api/content/projects", "/api/content/projects/{slug}", "/api/content/search",
                        "/api/content/draft/diff", "/api/content/draft/publish", "/api/content/draft/topics/{slug}",
                        "/api/content/draft/import", "/api/content/draft/export"),
                Set.of("get /api/content/roadmaps", "get /api/content/roadmaps/{slug}",
                        "get /api/content/roadmaps/{slug}/versions", "get /api/content/roadmaps/{slug}/versions/{version}",
                        "get /api/content/roadmaps/{slug}/export", "get /api/content/topics/{slug}",
                        "post /api/content/topics/{slug}/questions/{questionId}/answers", "get /api/content/projects",
                        "get /api/content/projects/{slug}", "get /api/content/search")) {
            @Override
            void assertSpecifics(JsonNode document) {
                // Public reads are sent as cached JSON text; the document still names their schemas.
                assertThat(resolve(document, operation(document, "/api/content/roadmaps/{slug}", "get")
                        .at("/responses/200/content/application~1json/schema")).has("properties")).isTrue();
                // Editing is optimistic: a change without If-Match is 428, an outdated one 412.
                JsonNode update = operation(document, "/api/content/draft/topics/{slug}", "put");
                assertThat(update.path("responses").propertyNames()).contains("412", "428");
            }
        },
        PROGRESS("progress-service", "progress",
                List.of("/api/progress/roadmaps/{slug}", "/api/progress/roadmaps/{slug}/topics/{topicSlug}"),
                Set.of()) {
            @Override
            void assertSpecifics(JsonNode document) {
                JsonNode update = operation(document, "/api/progress/roadmaps/{slug}/topics/{topicSlug}", "put");
                // The learner comes from the token: the only parameters are the slugs in the path.
                assertThat(update.get("parameters").valueStream().map(parameter -> parameter.get("name").asString()))
                        .containsExactly("slug", "topicSlug");
                JsonNode body = resolve(document, update.at("/requestBody/content/application~1json/schema"));
                assertThat(body.at("/properties/status/enum").valueStream().map(JsonNode::asString))
                        .contains("NOT_STARTED", "IN_PROGRESS", "DONE", "SKIPPED");
            }
        },
        NOTIFICATION("notification-service", "notifications",
                List.of("/api/notifications", "/api/notifications/unread-count", "/api/notifications/{id}/read",
                        "/api/notifications/read-all", "/api/notifications/stream", "/api/notifications/preferences",
                        "/api/notifications/preferences/{type}/{channel}", "/api/notifications/preferences/quiet-hours",
                        "/api/notifications/emails", "/api/notifications/unsubscribe", "/api/notifications/{id}",
                        "/api/notifications/admin/dead-letters", "/api/notifications/admin/dead-letters/replay",
                        "/api/notifications/admin/dead-letters/{topic}/{partition}/{offset}/replay"),
                Set.of("get /api/notifications/unsubscribe", "post /api/notifications/unsubscribe")) {
            @Override
            void assertSpecifics(JsonNode document) {
                assertThat(operation(document, "/api/notifications/stream", "get")
                        .at("/responses/200/content").propertyNames()).containsExactly("text/event-stream");
                assertThat(document.at("/components/schemas/SseEmitter").isMissingNode()).isTrue();
            }
        };

        final String service;
        final String prefix;
        final List<String> paths;
        final Set<String> publicOperations;

        ServiceApi(String service, String prefix, List<String> paths, Set<String> publicOperations) {
            this.service = service;
            this.prefix = prefix;
            this.paths = paths;
            this.publicOperations = publicOperations;
        }

        String documentPath() {
            return "/api/" + prefix + "/v3/api-docs";
        }

        abstract void assertSpecifics(JsonNode document);
    }

    private final TestHttp gateway;

    ApiDocumentsIT(RunningStack stack) {
        this.gateway = stack.gateway();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ServiceApi.class)
    void theDocumentDescribesTheServiceAndEveryOperation(ServiceApi api) {
        var reply = gateway.get(api.documentPath(), null);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("application/json");
        JsonNode document = reply.json();
        write(api.service, document);

        assertThat(document.get("openapi").asString()).isEqualTo("3.1.0");
        assertThat(document.at("/info/title").asString()).isEqualTo(api.service);
        assertThat(document.at("/info/license/identifier").asString()).isEqualTo("Apache-2.0");
        assertThat(document.at("/components/securitySchemes/bearerAuth/type").asString()).isEqualTo("http");
        assertThat(document.at("/components/securitySchemes/bearerAuth/scheme").asString()).isEqualTo("bearer");
        assertThat(requirements(document.get("security"))).containsExactly("bearerAuth");
        assertThat(document.get("paths").propertyNames()).containsAll(api.paths)
                .allMatch(path -> path.equals("/api/" + api.prefix) || path.startsWith("/api/" + api.prefix + "/"));

        List<Operation> operations = operations(document);
        assertThat(operations).extracting(Operation::name).containsAll(api.publicOperations);
        for (Operation operation : operations) {
            if (api.publicOperations.contains(operation.name())) {
                assertThat(operation.body().get("security")).as(operation.name() + " needs no token")
                        .isNotNull().isEmpty();
            } else {
                assertThat(requirements(operation.body().has("security") ? operation.body().get("security")
                        : document.get("security"))).as(operation.name() + " needs a token")
                        .containsExactly("bearerAuth");
            }
        }
        api.assertSpecifics(document);

        assertThat(operations).as("operations without a summary").filteredOn(operation ->
                operation.body().path("summary").asString("").isBlank()).extracting(Operation::name).isEmpty();
        assertThat(operations).as("operations without a 4xx response").filteredOn(operation ->
                operation.responseCodes().stream().noneMatch(code -> code.startsWith("4")))
                .extracting(Operation::name).isEmpty();
        assertThat(operations).as("operations without the rate limit's 429").filteredOn(operation ->
                !operation.responseCodes().contains("429")).extracting(Operation::name).isEmpty();
        assertThat(operations).as("operations needing a token without 401 and 403").filteredOn(operation ->
                !api.publicOperations.contains(operation.name())
                        && !operation.responseCodes().containsAll(List.of("401", "403")))
                .extracting(Operation::name).isEmpty();
        assertThat(errorResponsesWithoutProblemBody(document, operations)).as("4xx responses that are not problems")
                .isEmpty();
        // The learner is resolved from the token (AuthenticatedLearner); no operation may ask clients for it.
        assertThat(operations).as("operations asking for the learner").filteredOn(operation ->
                operation.body().path("parameters").valueStream()
                        .anyMatch(parameter -> parameter.path("name").asString("").equals("learner")))
                .extracting(Operation::name).isEmpty();
        assertThat(document.at("/components/schemas/AuthenticatedLearner").isMissingNode()).isTrue();

        // Swagger UI at the gateway offers this document.
        var swaggerConfig = gateway.get("/v3/api-docs/swagger-config", null);
        assertThat(swaggerConfig.status()).isEqualTo(200);
        assertThat(swaggerConfig.json().path("urls").valueStream()
                .map(entry -> entry.path("name").asString() + " " + entry.path("url").asString()))
                .contains(api.service + " " + api.documentPath());
    }

    @Test
    void swaggerUiAtTheGatewayShowsTheDocuments() {
        TestResponse swaggerUi = gateway.followingRedirects().withHeader("Accept", "text/html").get("/swagger-ui.html");

        assertThat(swaggerUi.status()).isEqualTo(200);
        assertThat(swaggerUi.contentType()).startsWith("text/html");
        assertThat(swaggerUi.body()).contains("swagger-ui");
    }

    /** One operation of a document, named as in {@code learnpath.security.jwt.public-paths}: method and path. */
    record Operation(String method, String path, JsonNode body) {

        String name() {
            return method + " " + path;
        }

        List<String> responseCodes() {
            return body.path("responses").propertyNames().stream().toList();
        }
    }

    private static List<Operation> operations(JsonNode document) {
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
            for (String method : METHODS) {
                if (path.getValue().has(method)) {
                    operations.add(new Operation(method, path.getKey(), path.getValue().get(method)));
                }
            }
        }
        return operations;
    }

    private static List<String> errorResponsesWithoutProblemBody(JsonNode document, List<Operation> operations) {
        return operations.stream().flatMap(operation -> operation.body().path("responses").properties().stream()
                .filter(response -> response.getKey().startsWith("4"))
                .filter(response -> !resolve(document, response.getValue()).path("content")
                        .has("application/problem+json"))
                .map(response -> operation.name() + " " + response.getKey())).toList();
    }

    /** The security schemes a requirement list names. */
    private static List<String> requirements(JsonNode security) {
        return security.valueStream().flatMap(requirement -> requirement.propertyNames().stream()).toList();
    }

    private static JsonNode operation(JsonNode document, String path, String method) {
        JsonNode operation = document.path("paths").path(path).path(method);
        assertThat(operation.isObject()).as(method + " " + path).isTrue();
        return operation;
    }

    /** Follows a local {@code $ref} ({@code #/components/...}); anything else is returned as it is. */
    private static JsonNode resolve(JsonNode document, JsonNode node) {
        String ref = node.path("$ref").asString("");
        return ref.startsWith("#/") ? document.at(ref.substring(1)) : node;
    }

    private static void write(String service, JsonNode document) {
        try {
            Files.createDirectories(OUTPUT);
            Files.writeString(OUTPUT.resolve(service + ".json"), JSON.writeValueAsString(document) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
