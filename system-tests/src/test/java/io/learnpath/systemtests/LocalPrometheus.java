package io.learnpath.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;

import io.learnpath.launcher.Directories;
import io.learnpath.launcher.Ports;
import io.learnpath.platform.infrastructure.FreePorts;
import io.learnpath.platform.test.http.TestHttp;
import io.learnpath.platform.test.http.TestResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/**
 * A real Prometheus server (Debian's package, {@code /usr/bin/prometheus}), started by the test as a child process
 * on a free port, scraping the stack under test as {@code deploy/prometheus/prometheus-local.yml} has it: the same
 * jobs and rule files, every port moved to where the stack really listens, and every 2 s instead of every 5 s so a
 * short test sees rates. Its data and log live under {@code target/prometheus}; the Debian service is not used.
 */
final class LocalPrometheus implements AutoCloseable {

    /** Where Debian's {@code prometheus} package puts the server; {@code learnpath.system-test.prometheus} moves it. */
    static final Path BINARY = Path.of(System.getProperty("learnpath.system-test.prometheus", "/usr/bin/prometheus"));

    static final Duration SCRAPE_INTERVAL = Duration.ofSeconds(2);

    private static final Pattern LOCAL_TARGET = Pattern.compile("localhost:(\\d+)");
    private static final Pattern INTERVALS = Pattern.compile("(?m)^(\\s*)(scrape_interval|evaluation_interval):.*$");
    private static final Pattern TIMEOUT = Pattern.compile("(?m)^(\\s*)scrape_timeout:.*$");

    private final Process process;
    private final Path log;
    private final TestHttp http;

    private LocalPrometheus(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.http = TestHttp.at(URI.create("http://127.0.0.1:" + port));
    }

    /** Fails, saying how to install it, when the server is not there: this test is not skipped for want of it. */
    static void requireInstalled() {
        if (!Files.isExecutable(BINARY)) {
            fail("Prometheus is not installed (no " + BINARY + "): apt-get install prometheus (Debian's package; "
                    + "the test starts the server itself, the package's own service need not run)");
        }
    }

    /**
     * Starts a Prometheus scraping {@code ports} with the repository's rules, and waits until it is ready.
     *
     * @param projectRoot the checkout, whose {@code deploy/prometheus} is read
     * @param home        emptied, then holds the configuration, the rules, the data and the log
     */
    static LocalPrometheus start(Path projectRoot, Ports ports, Path home) throws IOException {
        requireInstalled();
        Path deploy = projectRoot.resolve("deploy/prometheus");
        Directories.deleteRecursively(home);
        Files.createDirectories(home.resolve("rules"));
        try (Stream<Path> rules = Files.list(deploy.resolve("rules"))) {
            for (Path rule : rules.filter(path -> path.toString().endsWith(".yml")).toList()) {
                Files.copy(rule, home.resolve("rules").resolve(rule.getFileName()));
            }
        }
        Path config = home.resolve("prometheus.yml");
        Files.writeString(config, configFor(Files.readString(deploy.resolve("prometheus-local.yml")), ports));
        int port = FreePorts.any();
        Path log = home.resolve("prometheus.log");
        Process process = new ProcessBuilder(BINARY.toString(), "--config.file=" + config,
                "--storage.tsdb.path=" + home.resolve("data"), "--web.listen-address=127.0.0.1:" + port,
                "--log.level=warn")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        LocalPrometheus prometheus = new LocalPrometheus(process, log, port);
        try {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(prometheus::isReady);
        } catch (RuntimeException e) {
            prometheus.close();
            throw new IllegalStateException("Prometheus did not get ready; its log:\n" + prometheus.logText(), e);
        }
        return prometheus;
    }

    /**
     * The local configuration with each {@code localhost:<default port>} replaced by the port that component has in
     * {@code ports}, and shorter intervals.
     */
    static String configFor(String local, Ports ports) {
        Map<Integer, Integer> moved = new HashMap<>();
        Map<String, Integer> actual = ports.byOwner();
        Ports.defaults().byOwner().forEach((owner, defaultPort) -> moved.put(defaultPort, actual.get(owner)));
        Matcher target = LOCAL_TARGET.matcher(local);
        StringBuilder shifted = new StringBuilder();
        while (target.find()) {
            Integer port = moved.get(Integer.parseInt(target.group(1)));
            if (port == null) {
                fail("prometheus-local.yml scrapes " + target.group() + ", which is no port of the local stack "
                        + "(launcher Ports): " + Ports.defaults().byOwner());
            }
            target.appendReplacement(shifted, "localhost:" + port);
        }
        target.appendTail(shifted);
        String seconds = SCRAPE_INTERVAL.toSeconds() + "s";
        String config = INTERVALS.matcher(shifted).replaceAll("$1$2: " + seconds);
        return TIMEOUT.matcher(config).replaceAll("$1scrape_timeout: " + seconds);
    }

    /** The result of an instant query: one element per series (empty when the query matches nothing). */
    JsonNode query(String promql) {
        JsonNode data = api("/api/v1/query?query=" + URLEncoder.encode(promql, StandardCharsets.UTF_8));
        return data.path("result");
    }

    /** Every metric name Prometheus holds a series of (recording rules' results included). */
    Set<String> metricNames() {
        Set<String> names = new TreeSet<>();
        api("/api/v1/label/__name__/values").valueStream().forEach(name -> names.add(name.asString()));
        return names;
    }

    /** The scrape targets that are not up, as "job instance: error"; empty when every target is up. */
    List<String> targetsDown() {
        return api("/api/v1/targets?state=active").path("activeTargets").valueStream()
                .filter(target -> !"up".equals(target.path("health").asString()))
                .map(target -> target.path("labels").path("job").asString() + " "
                        + target.path("scrapeUrl").asString() + ": " + target.path("health").asString() + " "
                        + target.path("lastError").asString())
                .toList();
    }

    /** How many active targets Prometheus scrapes. */
    int targetCount() {
        return api("/api/v1/targets?state=active").path("activeTargets").size();
    }

    String logText() {
        try {
            return Files.exists(log) ? Files.readString(log) : "(no log)";
        } catch (IOException e) {
            return "(log not readable: " + e + ")";
        }
    }

    private boolean isReady() {
        if (!process.isAlive()) {
            throw new IllegalStateException("Prometheus exited with " + process.exitValue());
        }
        try {
            return http.get("/-/ready").status() == 200;
        } catch (RuntimeException notListeningYet) {
            return false;
        }
    }

    private JsonNode api(String path) {
        TestResponse response = http.get(path);
        assertThat(response.status()).as(path + " " + response).isEqualTo(200);
        JsonNode body = response.json();
        assertThat(body.path("status").asString()).as(path + " " + body).isEqualTo("success");
        return body.path("data");
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(15, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

}
