package io.learnpath.auth.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import io.learnpath.auth.credentials.PasswordHashingProperties;
import io.learnpath.platform.test.RealInfrastructure;
import io.learnpath.platform.test.benchmark.HttpLoad;
import io.learnpath.platform.test.benchmark.HttpLoad.Round;
import io.learnpath.platform.test.http.TestHttp;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sign-in throughput and latency with the real Argon2id cost ({@code POST /api/auth/login}, the right password,
 * over HTTP against real PostgreSQL and Kafka). The accounts signing in take turns, so no single account's row
 * is hot and none is locked. Each sign-in verifies one Argon2id hash (19 MiB, 2 iterations by default: the OWASP
 * minimum), writes a refresh-token family and answers a signed access token: the hash dominates, so throughput is
 * roughly cores ÷ hash time. Writes {@code target/benchmarks/sign-in.md}.
 *
 * <p>Not a test: its name keeps it out of {@code ./mvnw verify}. Run it with
 * {@code ./mvnw -B -pl auth-service -am test -Dtest=SignInBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * (knobs: {@code -Dbenchmark.clients=4 -Dbenchmark.seconds=10 -Dbenchmark.rounds=3 -Dbenchmark.accounts=64}).
 */
@SpringBootTest(webEnvironment = RANDOM_PORT, properties = "logging.level.root=WARN")
@RealInfrastructure
class SignInBenchmark {

    private static final int CLIENTS = Integer.getInteger("benchmark.clients", 4);
    private static final Duration ROUND = Duration.ofSeconds(Integer.getInteger("benchmark.seconds", 10));
    private static final int ROUNDS = Integer.getInteger("benchmark.rounds", 3);
    private static final int ACCOUNTS = Integer.getInteger("benchmark.accounts", 64);
    private static final String PASSWORD = "a benchmark passphrase nobody uses";

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Autowired
    PasswordHashingProperties hashing;

    @Test
    void signInThroughputAndLatency() throws Exception {
        TestHttp http = TestHttp.at(port).withJsonMapper(json);
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < ACCOUNTS; i++) {
            String email = "bench-" + UUID.randomUUID() + "@example.com";
            assertThat(http.request("/api/auth/register")
                    .json(Map.of("email", email, "password", PASSWORD, "displayName", "Bench")).post().status())
                    .isEqualTo(202);
            bodies.add(json.writeValueAsString(Map.of("email", email, "password", PASSWORD)));
        }
        HttpLoad load = HttpLoad.post(URI.create("http://127.0.0.1:" + port + "/api/auth/login"),
                Map.of("Content-Type", "application/json"), bodies, CLIENTS);
        load.run(Duration.ofSeconds(5)); // warm-up: JIT, connection pools
        List<Round> rounds = new ArrayList<>();
        for (int i = 0; i < ROUNDS; i++) {
            rounds.add(load.run(ROUND));
        }

        String report = report(rounds);
        Path file = Path.of("target/benchmarks/sign-in.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report);
        System.out.println(report);
        assertThat(rounds).allSatisfy(round -> assertThat(round.errors()).isZero());
    }

    private String report(List<Round> rounds) {
        StringBuilder out = new StringBuilder("""
                # Sign-in throughput with the real Argon2id cost

                `POST /api/auth/login` with the right password, %d accounts in turn, %d connections (%s), %d rounds
                of %d s after a 5 s warm-up; Argon2id m=%d KiB, t=%d, p=%d; %s, %d cores.

                | round | sign-ins/s | p50 ms | p99 ms | errors |
                |---|---|---|---|---|
                """.formatted(ACCOUNTS, CLIENTS, HttpLoad.driver(), ROUNDS, ROUND.toSeconds(), hashing.memoryKib(),
                hashing.iterations(), hashing.parallelism(), Instant.now(), Runtime.getRuntime().availableProcessors()));
        for (int i = 0; i < rounds.size(); i++) {
            Round round = rounds.get(i);
            out.append("| %d | %.1f | %.1f | %.1f | %d |%n".formatted(i + 1, round.perSecond(), round.p50Millis(),
                    round.p99Millis(), round.errors()));
        }
        out.append("%nMean: %.1f sign-ins/s, p99 %.1f ms (worst round).%n".formatted(
                rounds.stream().mapToDouble(Round::perSecond).average().orElse(0),
                rounds.stream().mapToDouble(Round::p99Millis).max().orElse(0)));
        return out.toString();
    }
}
