package io.learnpath.content.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import io.learnpath.content.ContentServiceApplication;
import io.learnpath.platform.test.RealInfrastructure;
import io.learnpath.platform.test.benchmark.HttpLoad;
import io.learnpath.platform.test.benchmark.HttpLoad.Round;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The roadmap-tree read ({@code GET /api/content/roadmaps/backend}, the repository's 177-topic roadmap) over real
 * HTTP, with the Redis cache against without it, side by side in one run: two instances of the service on the same
 * PostgreSQL and Redis, one with {@code learnpath.content.cache-enabled=false}. Rounds alternate between the two so
 * that machine noise hits both alike. Writes {@code target/benchmarks/roadmap-tree-read.md}.
 *
 * <p>Not a test: its name keeps it out of {@code ./mvnw verify}. Run it with
 * {@code ./mvnw -B -pl content-service -am test -Dtest=RoadmapTreeReadBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * (knobs: {@code -Dbenchmark.clients=8 -Dbenchmark.seconds=10 -Dbenchmark.rounds=3 -Dbenchmark.encoding=gzip},
 * {@code -Dbenchmark.path=/api/content/topics/http} for another read).
 */
@SpringBootTest(webEnvironment = RANDOM_PORT, properties = {
        "learnpath.content.curriculum-location=classpath:curriculum/",
        "learnpath.events.topic=learnpath.content.events.benchmark",
        "logging.level.root=WARN"})
@RealInfrastructure
class RoadmapTreeReadBenchmark {

    private static final String PATH = System.getProperty("benchmark.path", "/api/content/roadmaps/backend");
    private static final int CLIENTS = Integer.getInteger("benchmark.clients", 8);
    private static final Duration ROUND = Duration.ofSeconds(Integer.getInteger("benchmark.seconds", 10));
    private static final int ROUNDS = Integer.getInteger("benchmark.rounds", 3);
    // As browsers ask; -Dbenchmark.encoding=identity measures uncompressed bodies.
    private static final String ENCODING = System.getProperty("benchmark.encoding", "gzip");

    @LocalServerPort
    int cachedPort;

    @Autowired
    ConfigurableEnvironment environment;

    @Test
    void cachedAgainstUncached() throws Exception {
        try (ConfigurableApplicationContext uncached = startUncachedInstance()) {
            int uncachedPort = ((WebServerApplicationContext) uncached).getWebServer().getPort();
            measure(cachedPort, Duration.ofSeconds(5));
            measure(uncachedPort, Duration.ofSeconds(5));
            List<Round> cached = new ArrayList<>();
            List<Round> plain = new ArrayList<>();
            for (int round = 0; round < ROUNDS; round++) {
                cached.add(measure(cachedPort, ROUND));
                plain.add(measure(uncachedPort, ROUND));
            }
            String report = report(cached, plain);
            Path file = Path.of("target/benchmarks/roadmap-tree-read.md");
            Files.createDirectories(file.getParent());
            Files.writeString(file, report);
            System.out.println(report);
            assertThat(cached).allSatisfy(round -> assertThat(round.errors()).isZero());
            assertThat(plain).allSatisfy(round -> assertThat(round.errors()).isZero());
        }
    }

    /** A second instance of the service on the same infrastructure and database, with the cache switched off. */
    private ConfigurableApplicationContext startUncachedInstance() {
        Map<String, Object> infrastructure = ((MapPropertySource) environment.getPropertySources()
                .get("learnpathRealInfrastructure")).getSource();
        Map<String, Object> settings = new java.util.HashMap<>(infrastructure);
        settings.putAll(Map.of("server.port", 0, "learnpath.content.cache-enabled", false,
                "learnpath.content.curriculum-location", "classpath:curriculum/",
                "learnpath.events.topic", "learnpath.content.events.benchmark", "logging.level.root", "WARN"));
        // As command-line arguments: they outrank application.yml and the platform's defaults, as the test
        // context's own infrastructure properties do.
        String[] arguments = settings.entrySet().stream().map(entry -> "--" + entry.getKey() + "=" + entry.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(ContentServiceApplication.class).run(arguments);
    }

    private static Round measure(int port, Duration length) throws Exception {
        return HttpLoad.get(URI.create("http://127.0.0.1:" + port + PATH), Map.of("Accept-Encoding", ENCODING),
                CLIENTS).run(length);
    }

    private static String report(List<Round> cached, List<Round> plain) {
        double cachedRate = cached.stream().mapToDouble(Round::perSecond).average().orElse(0);
        double plainRate = plain.stream().mapToDouble(Round::perSecond).average().orElse(0);
        StringBuilder out = new StringBuilder("""
                # Roadmap-tree read: cached against uncached

                `GET %s` over HTTP/1.1 with `Accept-Encoding: %s`, %d connections (%s), %d rounds of %d s per
                variant, alternating; %s, %d cores.

                | round | cached req/s | cached p50 ms | cached p99 ms | uncached req/s | uncached p50 ms | uncached p99 ms |
                |---|---|---|---|---|---|---|
                """.formatted(PATH, ENCODING, CLIENTS, HttpLoad.driver(), ROUNDS,
                ROUND.toSeconds(), Instant.now(),
                Runtime.getRuntime().availableProcessors()));
        for (int i = 0; i < cached.size(); i++) {
            Round c = cached.get(i);
            Round u = plain.get(i);
            out.append("| %d | %.0f | %.2f | %.2f | %.0f | %.2f | %.2f |%n".formatted(i + 1, c.perSecond(),
                    c.p50Millis(), c.p99Millis(), u.perSecond(), u.p50Millis(), u.p99Millis()));
        }
        out.append("%nMean: cached %.0f req/s, uncached %.0f req/s: **%.1f ×** (target ≥ 5 ×).%n".formatted(
                cachedRate, plainRate, cachedRate / plainRate));
        return out.toString();
    }
}
