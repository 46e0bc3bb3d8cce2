package io.learnpath.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;

import io.learnpath.launcher.Mailbox;
import io.learnpath.launcher.Ports;
import io.learnpath.platform.test.http.TestHttp;
import io.learnpath.platform.test.http.TestResponse;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * Every Grafana panel shows data from the running system: a real Prometheus ({@link LocalPrometheus}) scrapes the
 * stack under test with the repository's scrape configuration and rules, a learner's day goes through the gateway
 * (sign-up, a wrong password, sign-in, a token refresh, a live stream, progress with a milestone, a self-check and a
 * quiz answer, mail, a burst the rate limit refuses), and then every panel query of {@code deploy/grafana/dashboards}
 * (as {@code tools/ops-checks/panel-queries} prints them) must return at least one series, also without its
 * {@code or on() vector(0)}: that fallback keeps a panel from saying "No data", and would hide a misspelt metric
 * too. Every metric a query names must exist. All empty panels and unknown metrics are listed in one failure.
 */
@ExtendWith(SharedStack.class)
class DashboardPanelsIT {

    /** The one metric a query may name without it existing: Prometheus's own, only there while an alert is. */
    private static final Set<String> ONLY_WHILE_ALERTING = Set.of("ALERTS");
    /** What keeps a panel from saying "No data" while its series is missing; checked without it too. */
    private static final Pattern FALLBACK =
            Pattern.compile("\\s+or\\s+on\\s*\\(\\s*\\)\\s*vector\\(\\s*0\\s*\\)\\s*$");
    private static final Duration PATIENCE = Duration.ofMinutes(3);
    private static final String PASSWORD = "a dashboard passphrase nobody uses";

    private final RunningStack stack;
    private final TestHttp gateway;
    private final Path root = Path.of(System.getProperty("learnpath.root", "..")).toAbsolutePath().normalize();
    private LocalPrometheus prometheus;
    private CompletableFuture<?> stream;

    DashboardPanelsIT(RunningStack stack) {
        this.stack = stack;
        this.gateway = stack.gateway();
    }

    /** Before the stack starts, when this class is the first: no minute spent to learn that Prometheus is missing. */
    @BeforeAll
    static void prometheusIsInstalled() {
        LocalPrometheus.requireInstalled();
    }

    @AfterEach
    void stopPrometheus() {
        if (stream != null) {
            stream.cancel(true);
        }
        if (prometheus != null) {
            prometheus.close();
        }
    }

    @Test
    void everyPanelQueryReturnsASeriesAndEveryMetricItNamesExists() throws Exception {
        Ports ports = stack.stack().layout().ports();
        prometheus = LocalPrometheus.start(root, ports,
                Path.of(System.getProperty("learnpath.system-test.home", "target/stack")).resolveSibling("prometheus"));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(prometheus.targetCount()).as("scrape targets").isEqualTo(6);
            assertThat(prometheus.targetsDown()).as("targets not up").isEmpty();
        });
        // A first sample of every counter before the traffic, so that rates see it rise.
        Thread.sleep(LocalPrometheus.SCRAPE_INTERVAL.multipliedBy(2).toMillis());

        aLearnersDay(ports);

        List<PanelQuery> panels = panelQueries();
        assertThat(panels).as("panel queries").hasSizeGreaterThan(20);
        try {
            await().atMost(PATIENCE).pollInterval(Duration.ofSeconds(5))
                    .until(() -> emptyPanels(panels).isEmpty() && unknownMetrics(panels).isEmpty());
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            List<String> empty = emptyPanels(panels);
            Map<String, Set<String>> unknown = unknownMetrics(panels);
            fail(empty.size() + " panel quer" + (empty.size() == 1 ? "y" : "ies") + " returned no series, and "
                    + unknown.size() + " metric(s) named by panels do not exist, after " + PATIENCE.toMinutes()
                    + " min of scraping:\n" + String.join("\n", empty) + (unknown.isEmpty() ? ""
                            : "\nunknown metrics (metric <- panels):\n" + String.join("\n", unknown.entrySet()
                                    .stream().map(entry -> entry.getKey() + " <- " + entry.getValue()).toList())));
        }
    }

    /** What a learner does in a day, through the gateway, touching every business metric a panel shows. */
    private void aLearnersDay(Ports ports) {
        String email = "panels-" + UUID.randomUUID() + "@example.com";
        assertStatus(gateway.request("/api/auth/register").json(Map.of("email", email, "password", PASSWORD,
                "displayName", "Panels")).post(), 202);
        assertStatus(gateway.request("/api/auth/login").json(Map.of("email", email, "password", "not it at all"))
                .post(), 401);
        JsonNode tokens = assertStatus(gateway.request("/api/auth/login").json(Map.of("email", email,
                "password", PASSWORD)).post(), 200).json();
        JsonNode refreshed = assertStatus(gateway.request("/api/auth/refresh").json(Map.of("refreshToken",
                tokens.path("refreshToken").asString())).post(), 200).json();
        String token = refreshed.path("accessToken").asString();

        Queue<String> lines = new ConcurrentLinkedQueue<>();
        stream = openNotificationStream(token, lines);
        await().atMost(Duration.ofSeconds(30)).until(() -> lines.contains("HTTP 200"));

        JsonNode backend = assertStatus(gateway.get("/api/content/roadmaps/backend", token), 200).json();
        List<String> slugs = backend.path("levels").valueStream().flatMap(level -> level.path("topics").valueStream())
                .flatMap(topic -> Stream.concat(Stream.of(topic), topic.path("subtopics").valueStream()))
                .map(topic -> topic.path("slug").asString()).toList();
        // The first topic done is a milestone; the notice reaches the inbox and the open stream.
        assertStatus(gateway.request("/api/progress/roadmaps/backend/topics/" + slugs.get(0)).token(token)
                .json(Map.of("status", "DONE")).put(), 200);
        assertStatus(gateway.request("/api/progress/roadmaps/backend/topics/" + slugs.get(1)).token(token)
                .json(Map.of("status", "IN_PROGRESS")).put(), 200);
        takeASelfCheckAndAnswerAQuiz(token, slugs);
        refusedByTheRateLimit(token);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                gateway.get("/api/notifications", token).json().path("items").toString())
                .contains("MILESTONE_REACHED"));
        await().atMost(Duration.ofSeconds(30)).until(() -> lines.stream()
                .anyMatch(line -> line.replace(" ", "").equals("event:notification")));
        Mailbox mailbox = new Mailbox(ports.mailPage());
        await().atMost(Duration.ofSeconds(60)).until(() -> !mailbox.mailsTo(email).isEmpty());
    }

    /** A self-check of the first topic that has questions (every answer "a": passed or failed, it counts). */
    private void takeASelfCheckAndAnswerAQuiz(String token, List<String> slugs) {
        for (String slug : slugs) {
            JsonNode questions = assertStatus(gateway.get("/api/content/topics/" + slug, token), 200).json()
                    .path("questions");
            if (questions.isEmpty()) {
                continue;
            }
            Map<String, String> answers = new LinkedHashMap<>();
            questions.valueStream().forEach(question -> answers.put(question.path("id").asString(), "a"));
            assertStatus(gateway.request("/api/progress/roadmaps/backend/topics/" + slug + "/self-check")
                    .token(token).json(Map.of("answers", answers)).post(), 201);
            assertStatus(gateway.request("/api/content/topics/" + slug + "/questions/"
                    + questions.get(0).path("id").asString() + "/answers").json(Map.of("choice", "a")).post(), 200);
            return;
        }
        fail("No topic of the backend roadmap has self-check questions");
    }

    /**
     * More requests at once than the learner's API budget holds (bursts of 40, 20 a second): some are refused with
     * 429. The budget is this learner's own, so no other test is slowed down.
     */
    private void refusedByTheRateLimit(String token) {
        List<CompletableFuture<HttpResponse<Void>>> sent = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            sent.add(gateway.client().sendAsync(gateway.request("/api/notifications/unread-count").token(token)
                    .toHttpRequest("GET"), HttpResponse.BodyHandlers.discarding()));
        }
        long refused = sent.stream().map(CompletableFuture::join).filter(response -> response.statusCode() == 429)
                .count();
        assertThat(refused).as("requests refused by the rate limit").isPositive();
    }

    private CompletableFuture<?> openNotificationStream(String token, Queue<String> lines) {
        HttpRequest request = gateway.request("/api/notifications/stream").token(token)
                .header("Accept", "text/event-stream").timeout(Duration.ofMinutes(10)).toHttpRequest("GET");
        return gateway.client().sendAsync(request, HttpResponse.BodyHandlers.ofLines()).thenAccept(response -> {
            lines.add("HTTP " + response.statusCode());
            try (Stream<String> body = response.body()) {
                body.forEach(lines::add);
            }
        });
    }

    /**
     * "dashboard / panel: query" of each query that returns no series, or returns only its fallback's 0: without
     * {@code or on() vector(0)} it must return a series too (the counters exist at 0 from the start), except where
     * it reads only {@link #ONLY_WHILE_ALERTING} metrics.
     */
    private List<String> emptyPanels(List<PanelQuery> panels) {
        List<String> empty = new ArrayList<>();
        for (PanelQuery panel : panels) {
            String bare = FALLBACK.matcher(panel.expr()).replaceFirst("");
            if (prometheus.query(panel.expr()).isEmpty()) {
                empty.add(panel.toString());
            } else if (!bare.equals(panel.expr()) && !ONLY_WHILE_ALERTING.containsAll(PromQlNames.metricsIn(bare))
                    && prometheus.query(bare).isEmpty()) {
                empty.add(panel + "  (only its fallback's 0)");
            }
        }
        return empty;
    }

    /** Each metric a panel query names that Prometheus has no series of, with the panels naming it. */
    private Map<String, Set<String>> unknownMetrics(List<PanelQuery> panels) {
        Set<String> known = prometheus.metricNames();
        Map<String, Set<String>> unknown = new LinkedHashMap<>();
        for (PanelQuery panel : panels) {
            for (String metric : PromQlNames.metricsIn(panel.expr())) {
                if (!known.contains(metric) && !ONLY_WHILE_ALERTING.contains(metric)) {
                    unknown.computeIfAbsent(metric, name -> new TreeSet<>())
                            .add(panel.dashboard() + " / " + panel.title());
                }
            }
        }
        return unknown;
    }

    /** The queries as {@code tools/ops-checks/panel-queries} prints them, variables already replaced. */
    private List<PanelQuery> panelQueries() throws IOException, InterruptedException {
        Path script = root.resolve("tools/ops-checks/panel-queries");
        Process process = new ProcessBuilder(script.toString()).directory(root.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            fail(script + " failed (it needs python3); it printed:\n" + out);
        }
        return out.lines().filter(line -> !line.isBlank()).map(line -> {
            String[] fields = line.split("\t", 3);
            assertThat(fields).as("panel-queries line: " + line).hasSize(3);
            return new PanelQuery(fields[0], fields[1], fields[2]);
        }).toList();
    }

    private static TestResponse assertStatus(TestResponse response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        return response;
    }

    record PanelQuery(String dashboard, String title, String expr) {

        @Override
        public String toString() {
            return dashboard + " / " + title + ": " + expr;
        }
    }
}
