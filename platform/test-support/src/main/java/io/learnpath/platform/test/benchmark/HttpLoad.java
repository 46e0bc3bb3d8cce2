package io.learnpath.platform.test.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Closed-loop HTTP load for the benchmarks: {@code clients} connections each sending the next request as soon as
 * the last one answered, for a while, then throughput and latency percentiles. Uses wrk when it is installed
 * (Debian's package): a client in C costs the two cores of a small machine far less than a JVM client, so what is
 * measured is the service. Without wrk a Java client does the same job, less precisely. Not hand-rolled load
 * generation for its own sake: it only drives wrk, and keeps the benchmarks runnable where wrk is missing.
 *
 * @param bodies POST bodies sent in turn (each connection walks the list), or empty for GET
 */
public record HttpLoad(URI target, Map<String, String> headers, List<String> bodies, int clients) {

    private static final Optional<Path> WRK = Stream.of("/usr/bin/wrk", "/usr/local/bin/wrk").map(Path::of)
            .filter(Files::isExecutable).findFirst();

    public HttpLoad {
        headers = Map.copyOf(new LinkedHashMap<>(headers));
        bodies = List.copyOf(bodies);
    }

    public static HttpLoad get(URI target, Map<String, String> headers, int clients) {
        return new HttpLoad(target, headers, List.of(), clients);
    }

    public static HttpLoad post(URI target, Map<String, String> headers, List<String> bodies, int clients) {
        return new HttpLoad(target, headers, bodies, clients);
    }

    /** What drives the load, for the report. */
    public static String driver() {
        return WRK.isPresent() ? "wrk, 2 threads" : "Java HttpClient";
    }

    public Round run(Duration length) throws Exception {
        return WRK.isPresent() ? withWrk(WRK.get(), length) : withJava(length);
    }

    /** One measured stretch: successful requests per second and latency percentiles of all requests. */
    public record Round(double perSecond, double p50Millis, double p99Millis, long errors) {
    }

    private Round withWrk(Path wrk, Duration length) throws Exception {
        List<String> command = new ArrayList<>(List.of(wrk.toString(), "-t2", "-c" + clients,
                "-d" + length.toSeconds() + "s", "--latency"));
        headers.forEach((name, value) -> command.addAll(List.of("-H", name + ": " + value)));
        Path script = null;
        if (!bodies.isEmpty()) {
            script = Files.createTempFile("wrk-post", ".lua");
            Files.writeString(script, luaScript());
            command.addAll(List.of("-s", script.toString()));
        }
        command.add(target.toString());
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor();
            Matcher rate = Pattern.compile("Requests/sec:\\s+([0-9.]+)").matcher(output);
            Matcher p50 = Pattern.compile("\\s50%\\s+([0-9.]+)(us|ms|s)").matcher(output);
            Matcher p99 = Pattern.compile("\\s99%\\s+([0-9.]+)(us|ms|s)").matcher(output);
            Matcher errors = Pattern.compile("Non-2xx or 3xx responses: (\\d+)").matcher(output);
            if (!rate.find() || !p50.find() || !p99.find()) {
                throw new IllegalStateException("Unexpected wrk output:\n" + output);
            }
            return new Round(Double.parseDouble(rate.group(1)), millis(p50), millis(p99),
                    errors.find() ? Long.parseLong(errors.group(1)) : 0);
        } finally {
            if (script != null) {
                Files.deleteIfExists(script);
            }
        }
    }

    private String luaScript() {
        StringBuilder lua = new StringBuilder("wrk.method = \"POST\"\nlocal bodies = {\n");
        for (String body : bodies) {
            lua.append("  [==[").append(body).append("]==],\n");
        }
        return lua.append("""
                }
                local next = 0
                request = function()
                  next = next % #bodies + 1
                  return wrk.format(nil, nil, nil, bodies[next])
                end
                """).toString();
    }

    private static double millis(Matcher latency) {
        double value = Double.parseDouble(latency.group(1));
        return switch (latency.group(2)) {
            case "us" -> value / 1000;
            case "s" -> value * 1000;
            default -> value;
        };
    }

    private Round withJava(Duration length) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        AtomicLong sent = new AtomicLong();
        Instant end = Instant.now().plus(length);
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            List<Future<long[]>> results = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                results.add(pool.submit(() -> {
                    long[] latencies = new long[1 << 20];
                    int count = 0;
                    int errors = 0;
                    while (Instant.now().isBefore(end) && count < latencies.length) {
                        long start = System.nanoTime();
                        HttpResponse<byte[]> response = client.send(request(sent.getAndIncrement()),
                                HttpResponse.BodyHandlers.ofByteArray());
                        latencies[count++] = System.nanoTime() - start;
                        if (response.statusCode() >= 400) {
                            errors++;
                        }
                    }
                    long[] result = Arrays.copyOf(latencies, count + 1);
                    result[count] = errors;
                    return result;
                }));
            }
            List<Long> all = new ArrayList<>();
            long errors = 0;
            for (Future<long[]> result : results) {
                long[] latencies = result.get();
                errors += latencies[latencies.length - 1];
                for (int i = 0; i < latencies.length - 1; i++) {
                    all.add(latencies[i]);
                }
            }
            long[] sorted = all.stream().mapToLong(Long::longValue).sorted().toArray();
            return new Round(sorted.length / (double) length.toSeconds(), percentile(sorted, 0.50),
                    percentile(sorted, 0.99), errors);
        }
    }

    private HttpRequest request(long sequence) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(target);
        headers.forEach(builder::header);
        if (bodies.isEmpty()) {
            return builder.GET().build();
        }
        return builder.POST(HttpRequest.BodyPublishers.ofString(bodies.get((int) (sequence % bodies.size()))))
                .build();
    }

    private static double percentile(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]
                / 1_000_000.0;
    }
}
