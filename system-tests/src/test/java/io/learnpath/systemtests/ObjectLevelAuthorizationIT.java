package io.learnpath.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.learnpath.launcher.AdminAccount;
import io.learnpath.launcher.Ports;
import io.learnpath.launcher.Stack;
import io.learnpath.platform.test.http.TestHttp;
import io.learnpath.platform.test.http.TestResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * Object-level and function-level authorization, through the gateway: a learner never reads, changes or learns of
 * another learner's data, and every administrator's or editor's operation, as the services' own OpenAPI documents
 * list them, refuses a learner.
 */
@ExtendWith(SharedStack.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ObjectLevelAuthorizationIT {

    private static final List<String> SERVICES = List.of("auth", "content", "progress", "notifications");
    private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");

    private final Stack stack;
    private final TestHttp gateway;
    private final Ports ports;
    private final Learner ada;
    private final Learner bob;

    ObjectLevelAuthorizationIT(RunningStack stack) {
        this.stack = stack.stack();
        this.gateway = stack.gateway();
        this.ports = this.stack.layout().ports();
        this.ada = signUp();
        this.bob = signUp();
    }

    record Learner(UUID id, String token) {
    }

    @Test
    void aLearnerCannotReadChangeOrDeleteAnotherLearnersNotification() {
        String topic = gateway.get("/api/content/roadmaps/backend", null).json().path("levels").get(0)
                .path("topics").get(0).path("slug").asString();
        assertThat(gateway.request("/api/progress/roadmaps/backend/topics/" + topic).token(ada.token())
                .json("{\"status\": \"DONE\"}").put().status()).isEqualTo(200);
        String notice = await().atMost(Duration.ofSeconds(30)).until(() -> firstNotice(ada), id -> id != null);

        TestResponse read = gateway.request("/api/notifications/" + notice + "/read").token(bob.token()).post();
        TestResponse deleted = gateway.request("/api/notifications/" + notice).token(bob.token()).delete();

        for (TestResponse refused : List.of(read, deleted)) {
            // 404, as for an id that does not exist: the answer does not tell that someone else has it.
            assertThat(refused.status()).as(refused.toString()).isEqualTo(404);
            assertThat(refused.contentType()).startsWith("application/problem+json");
        }
        JsonNode adasNotice = inbox(ada).valueStream().filter(item -> item.path("id").asString().equals(notice))
                .findFirst().orElseThrow();
        assertThat(adasNotice.path("readAt").isNull()).as("still unread").isTrue();
        assertThat(inbox(bob).valueStream().map(item -> item.path("id").asString())).doesNotContain(notice);
    }

    @Test
    void aLearnerCannotReadAnotherLearnersAccount() {
        assertThat(gateway.get("/api/auth/accounts/" + ada.id(), ada.token()).status()).isEqualTo(200);

        TestResponse refused = gateway.get("/api/auth/accounts/" + ada.id(), bob.token());

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).doesNotContain(ada.id().toString().substring(0, 8) + "@");
    }

    @Test
    void everyAdministratorsAndEditorsOperationRefusesALearner() {
        List<String> checked = refusedEverywhere(path -> path.contains("/admin/") || path.contains("/draft/"),
                bob.token());

        assertThat(checked).as("the operations swept").hasSizeGreaterThanOrEqualTo(10);
    }

    @Test
    void everyAdministratorsOperationRefusesAnEditorWhoMayStillEditDrafts() {
        String editor = editor();

        List<String> checked = refusedEverywhere(path -> path.contains("/admin/"), editor);

        assertThat(checked).as("the operations swept").hasSizeGreaterThanOrEqualTo(5);
        TestResponse draft = gateway.get("/api/content/draft/topics/dns", editor);
        assertThat(draft.status()).as("an editor's own work: " + draft).isEqualTo(200);
    }

    /**
     * Calls every operation whose path {@code sweep} selects, in every service's OpenAPI document, with sample
     * parameters and an empty body, and checks each is refused with a 403 problem.
     *
     * @return the operations called
     */
    private List<String> refusedEverywhere(Predicate<String> sweep, String token) {
        List<String> checked = new ArrayList<>();
        for (String service : SERVICES) {
            JsonNode paths = gateway.get("/api/" + service + "/v3/api-docs", null).json().path("paths");
            for (Map.Entry<String, JsonNode> path : paths.properties()) {
                if (!sweep.test(path.getKey())) {
                    continue;
                }
                for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                    String method = operation.getKey().toUpperCase();
                    if (!List.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
                        continue;
                    }
                    String uri = withSampleParameters(path.getKey());
                    TestResponse answer = switch (method) {
                        case "GET" -> gateway.get(uri, token);
                        case "DELETE" -> gateway.request(uri).token(token).delete();
                        case "POST" -> gateway.request(uri).token(token).json("{}").post();
                        default -> gateway.request(uri).token(token).json("{}").put();
                    };
                    assertThat(answer.status()).as(method + " " + uri + ": " + answer).isEqualTo(403);
                    assertThat(answer.contentType()).as(method + " " + uri).startsWith("application/problem+json");
                    checked.add(method + " " + path.getKey());
                }
            }
        }
        return checked;
    }

    /** A new account that the bootstrap administrator has made an editor, signed in again to carry the role. */
    private String editor() {
        BenchmarkAccounts.Account account = BenchmarkAccounts.signUp(ports);
        UUID id = UUID.fromString(gateway.get("/api/auth/me", account.token()).json().path("id").asString());
        AdminAccount admin = stack.admin().orElseThrow();
        String adminToken = BenchmarkAccounts.signIn(ports, admin.email(), admin.password());
        TestResponse granted = gateway.request("/api/auth/admin/accounts/" + id + "/roles").token(adminToken)
                .json("{\"roles\": [\"EDITOR\"]}").put();
        assertThat(granted.status()).as(granted.toString()).isEqualTo(200);
        return BenchmarkAccounts.signInAgain(ports, account);
    }

    @Test
    void noLearnersOperationNamesALearnerInItsPathOrQuery() {
        // The progress and notification APIs take the learner from the token only: there is no id to swap.
        for (String service : List.of("progress", "notifications")) {
            JsonNode paths = gateway.get("/api/" + service + "/v3/api-docs", null).json().path("paths");
            for (Map.Entry<String, JsonNode> path : paths.properties()) {
                if (path.getKey().contains("/admin/")) {
                    continue;
                }
                assertThat(path.getKey().toLowerCase()).as(service).doesNotContain("learner", "account", "user");
                path.getValue().valueStream().flatMap(operation -> operation.path("parameters").valueStream())
                        .map(parameter -> parameter.path("name").asString().toLowerCase())
                        .forEach(name -> assertThat(name).as(path.getKey())
                                .doesNotContain("learner", "account", "user"));
            }
        }
    }

    private static String withSampleParameters(String template) {
        Matcher parameter = PARAMETER.matcher(template);
        StringBuilder uri = new StringBuilder();
        while (parameter.find()) {
            String name = parameter.group(1).toLowerCase();
            String sample = name.equals("id") || name.endsWith("id") ? UUID.randomUUID().toString()
                    : name.contains("partition") || name.contains("offset") || name.contains("version") ? "1"
                    : "backend";
            parameter.appendReplacement(uri, sample);
        }
        return parameter.appendTail(uri).toString();
    }

    private String firstNotice(Learner learner) {
        JsonNode items = inbox(learner);
        return items.isEmpty() ? null : items.get(0).path("id").asString();
    }

    private JsonNode inbox(Learner learner) {
        return gateway.get("/api/notifications", learner.token()).json().path("items");
    }

    private Learner signUp() {
        String token = BenchmarkAccounts.signUp(ports, 1).getFirst();
        return new Learner(UUID.fromString(gateway.get("/api/auth/me", token).json().path("id").asString()), token);
    }
}
