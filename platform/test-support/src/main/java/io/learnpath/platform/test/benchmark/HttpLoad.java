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
 * <p>A load is either one request repeated (a GET of {@code target}) or a rotation of {@link Call calls}: each wrk
 * thread walks its share of the list in order (every second call); the Java client gives each path to one of its
 * threads, which walks that path's calls in list order, so no two threads send calls to one path and the server
 * sees each path's calls in the order of the list (threads sharing one counter could be overtaken: a thread
 * descheduled between taking a call and sending it lets the others send later calls to the same path first). That is what a write benchmark needs to make each request a real
 * change, for example a status set back and forth, by a learner whose token is the call's own header.
 *
 * <p>A load can be {@link #paced paced}: each connection then waits a while after every answer before sending its
 * next request (wrk's {@code delay()}), which caps the rate below what the server would take. Only for a quick run
 * that must stay under a limit (the gateway's per-learner rate limit, say): a paced round measures the latency at
 * that rate, not the throughput.
 *
 * @param method  the HTTP method of every request
 * @param headers sent with every request
 * @param calls   the rotation, or empty for a GET of {@code target} again and again
 * @param pause   how long each connection waits after an answer before its next request; zero for none
 */
public record HttpLoad(URI target, String method, Map<String, String> headers, List<Call> calls, int clients,
        Duration pause) {

    private static final Optional<Path> WRK = Stream.of("/usr/bin/wrk", "/usr/local/bin/wrk").map(Path::of)
            .filter(Files::isExecutable).findFirst();

    private static final int WRK_THREADS = 2;

    // wrk prints this line only when something went wrong: connections refused, reset, or requests left without an
    // answer for its 2 s timeout. Each is a request that failed.
    private static final Pattern SOCKET_ERRORS = Pattern.compile(
            "Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");

    public HttpLoad {
        headers = Map.copyOf(new LinkedHashMap<>(headers));
        calls = List.copyOf(calls);
        if (pause.isNegative()) {
            throw new IllegalArgumentException("A pause cannot be negative: " + pause);
        }
    }

    /** A load that sends as fast as the answers come. */
    public HttpLoad(URI target, String method, Map<String, String> headers, List<Call> calls, int clients) {
        this(target, method, headers, calls, clients, Duration.ZERO);
    }

    public static HttpLoad get(URI target, Map<String, String> headers, int clients) {
        return new HttpLoad(target, "GET", headers, List.of(), clients);
    }

    /**
     * GETs of {@code target} with the calls' headers in turn (an {@code Authorization} per learner, say, so that a
     * per-learner rate limit is shared by all of them); a call's path, if any, replaces the target's.
     */
    public static HttpLoad get(URI target, Map<String, String> headers, List<Call> calls, int clients) {
        if (calls.isEmpty()) {
            throw new IllegalArgumentException("A GET rotation needs at least one call");
        }
        return new HttpLoad(target, "GET", headers, calls, clients);
    }

    /**
     * The same load held to about {@code requestsPerSecond} in all: each of the {@code clients} connections pauses
     * {@code clients / requestsPerSecond} seconds after every answer (a little less than that rate in fact, since
     * the answer's own time comes on top).
     */
    public HttpLoad paced(double requestsPerSecond) {
        if (!(requestsPerSecond > 0)) {
            throw new IllegalArgumentException("A pace needs a positive rate: " + requestsPerSecond);
        }
        return new HttpLoad(target, method, headers, calls, clients,
                Duration.ofMillis(Math.round(clients * 1000 / requestsPerSecond)));
    }

    /** POSTs to {@code target}, the bodies in turn. */
    public static HttpLoad post(URI target, Map<String, String> headers, List<String> bodies, int clients) {
        return new HttpLoad(target, "POST", headers,
                bodies.stream().map(body -> new Call(null, Map.of(), body)).toList(), clients);
    }

    /**
     * PUTs the calls in turn, each to its own path on {@code server} ({@code http://host:port}) with its own headers
     * on top of {@code headers}.
     */
    public static HttpLoad put(URI server, Map<String, String> headers, List<Call> calls, int clients) {
        if (calls.isEmpty()) {
            throw new IllegalArgumentException("A PUT load needs at least one call");
        }
        return new HttpLoad(server, "PUT", headers, calls, clients);
    }

    /**
     * One request of a rotation.
     *
     * @param path    path and query on the target's server, or null for the target's own
     * @param headers added to the load's headers (an {@code Authorization} per learner, say)
     * @param body    the request body, or null for none
     */
    public record Call(String path, Map<String, String> headers, String body) {

        public Call {
            headers = Map.copyOf(headers);
        }
    }

    /** What drives the load, for the report. */
    public static String driver() {
        return WRK.isPresent() ? "wrk, 2 threads" : "Java HttpClient";
    }

    public Round run(Duration length) throws Exception {
        return WRK.isPresent() ? withWrk(WRK.get(), length) : withJava(length);
    }

    /**
     * One measured stretch: requests per second and latency percentiles of all requests; errors are answers of 400
     * and above plus, with wrk, requests that got no answer (its socket errors: refused, reset or timed out).
     */
    public record Round(double perSecond, double p50Millis, double p99Millis, long errors) {
    }

    private Round withWrk(Path wrk, Duration length) throws Exception {
        List<String> command = new ArrayList<>(List.of(wrk.toString(), "-t" + WRK_THREADS, "-c" + clients,
                "-d" + length.toSeconds() + "s", "--latency"));
        headers.forEach((name, value) -> command.addAll(List.of("-H", name + ": " + value)));
        Path script = null;
        if (!calls.isEmpty() || pause.isPositive()) {
            script = Files.createTempFile("wrk-calls", ".lua");
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
            Matcher socketErrors = SOCKET_ERRORS.matcher(output);
            if (!rate.find() || !p50.find() || !p99.find()) {
                throw new IllegalStateException("Unexpected wrk output:\n" + output);
            }
            long unanswered = socketErrors.find() ? Stream.of(1, 2, 3, 4)
                    .mapToLong(group -> Long.parseLong(socketErrors.group(group))).sum() : 0;
            return new Round(Double.parseDouble(rate.group(1)), millis(p50), millis(p99),
                    (errors.find() ? Long.parseLong(errors.group(1)) : 0) + unanswered);
        } finally {
            if (script != null) {
                Files.deleteIfExists(script);
            }
        }
    }

    /**
     * Each thread formats its share of the calls once, in {@code init} (every {@value #WRK_THREADS}th, by the id
     * {@code setup} gives it), and then hands them out in turn; per-call headers go on top of wrk's {@code -H} ones.
     */
    private String luaScript() {
        String delay = pause.isPositive() ? "function delay()\n  return " + pause.toMillis() + "\nend\n" : "";
        if (calls.isEmpty()) {
            return delay;
        }
        StringBuilder lua = new StringBuilder(delay + "wrk.method = " + lua(method) + "\nlocal calls = {\n");
        for (Call call : calls) {
            lua.append("  {").append(call.path() == null ? "nil" : lua(call.path())).append(", {");
            call.headers().forEach((name, value) -> lua.append("[ ").append(lua(name)).append(" ] = ")
                    .append(lua(value)).append(", "));
            lua.append("}, ").append(call.body() == null ? "nil" : lua(call.body())).append("},\n");
        }
        return lua.append("""
                }
                local threads = 0
                function setup(thread)
                  thread:set("id", threads)
                  threads = threads + 1
                end
                local requests = {}
                function init(args)
                  for i, call in ipairs(calls) do
                    if (i - 1) %% %d == id or #calls < %d then
                      local headers = {}
                      for name, value in pairs(wrk.headers) do headers[name] = value end
                      for name, value in pairs(call[2]) do headers[name] = value end
                      table.insert(requests, wrk.format(nil, call[1], headers, call[3]))
                    end
                  end
                end
                local next = 0
                function request()
                  next = next %% #requests + 1
                  return requests[next]
                end
                """.formatted(WRK_THREADS, WRK_THREADS)).toString();
    }

    /** A Lua long string: nothing inside is escaped, so it must not contain its own closing bracket. */
    private static String lua(String text) {
        if (text.contains("]==]")) {
            throw new IllegalArgumentException("Cannot quote for wrk's Lua script: " + text);
        }
        return "[==[" + text + "]==]";
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
        List<List<Call>> shares = sharesByPath();
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            List<Future<long[]>> results = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                List<Call> share = shares == null ? null : shares.get(i);
                results.add(pool.submit(() -> {
                    long[] latencies = new long[1 << 20];
                    int count = 0;
                    int errors = 0;
                    boolean idle = share != null && share.isEmpty();
                    while (!idle && Instant.now().isBefore(end) && count < latencies.length) {
                        if (pause.isPositive() && count > 0) {
                            Thread.sleep(pause);
                        }
                        long start = System.nanoTime();
                        HttpRequest request = share == null ? request(sent.getAndIncrement())
                                : request(share.get(count % share.size()));
                        // A request without an answer (refused, reset) is an error, as wrk's socket errors are.
                        boolean failed;
                        try {
                            failed = client.send(request, HttpResponse.BodyHandlers.ofByteArray()).statusCode() >= 400;
                        } catch (java.io.IOException e) {
                            failed = true;
                        }
                        latencies[count++] = System.nanoTime() - start;
                        if (failed) {
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

    /**
     * The calls of each Java client thread when every call names its own path: each path goes to one thread, in the
     * order paths first appear; null (one shared sequence) for a single target or calls without paths.
     */
    private List<List<Call>> sharesByPath() {
        if (calls.isEmpty() || calls.stream().anyMatch(call -> call.path() == null)) {
            return null;
        }
        Map<String, Integer> owners = new LinkedHashMap<>();
        List<List<Call>> shares = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            shares.add(new ArrayList<>());
        }
        for (Call call : calls) {
            int owner = owners.computeIfAbsent(call.path(), path -> owners.size() % clients);
            shares.get(owner).add(call);
        }
        return shares;
    }

    private HttpRequest request(long sequence) {
        if (calls.isEmpty()) {
            HttpRequest.Builder builder = HttpRequest.newBuilder(target);
            headers.forEach(builder::header);
            return builder.method(method, HttpRequest.BodyPublishers.noBody()).build();
        }
        return request(calls.get((int) (sequence % calls.size())));
    }

    private HttpRequest request(Call call) {
        URI uri = call.path() == null ? target : target.resolve(call.path());
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri);
        headers.forEach(builder::header);
        call.headers().forEach(builder::setHeader);
        return builder.method(method, call.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(call.body())).build();
    }

    private static double percentile(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]
                / 1_000_000.0;
    }
}
