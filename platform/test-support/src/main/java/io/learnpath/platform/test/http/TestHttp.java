package io.learnpath.platform.test.http;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import tools.jackson.databind.json.JsonMapper;

/**
 * Plain HTTP against a service or the gateway, so a test sees exactly what a client sees: the status, the headers
 * and the body as they were sent. Immutable and thread-safe; the {@code with..} methods answer a copy.
 *
 * <pre>
 * TestHttp http = TestHttp.at(port);
 * TestResponse roadmap = http.get("/api/content/roadmaps/backend");
 * TestResponse unchanged = http.request("/api/content/roadmaps/backend")
 *         .header("If-None-Match", roadmap.header("ETag")).get();
 * TestResponse done = http.request("/api/progress/roadmaps/backend/topics/java")
 *         .token(accessToken).json(Map.of("status", "DONE")).put();
 * assertThat(done.status()).as(done.toString()).isEqualTo(200);
 * </pre>
 *
 * <p>Connections time out after 5 s, requests after 30 s (see {@link TestRequest#timeout(Duration)}). Streams
 * (Server-Sent Events) need a body handler of their own: build the request with
 * {@link TestRequest#toHttpRequest(String)} and send it with {@link #client()}.
 */
public final class TestHttp {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    // Shared by every instance: each HttpClient owns a selector thread and a connection pool, and tests create a
    // TestHttp per test class or even per test.
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();
    private static final HttpClient FOLLOWING_REDIRECTS = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    private final String base;
    private final HttpClient client;
    private final JsonMapper json;
    private final Map<String, String> defaultHeaders;

    private TestHttp(String base, HttpClient client, JsonMapper json, Map<String, String> defaultHeaders) {
        this.base = base;
        this.client = client;
        this.json = json;
        this.defaultHeaders = defaultHeaders;
    }

    /** A service on this port of this machine, e.g. the {@code @LocalServerPort} of a Spring Boot test. */
    public static TestHttp at(int port) {
        return at(URI.create("http://localhost:" + port));
    }

    /** A server at this base address; request paths are appended to it. */
    public static TestHttp at(URI base) {
        String text = base.toString();
        return new TestHttp(text.endsWith("/") ? text.substring(0, text.length() - 1) : text, CLIENT,
                JsonMapper.shared(), new TreeMap<>(String.CASE_INSENSITIVE_ORDER));
    }

    /** Writes request bodies and reads responses with this mapper (say, the application's own). */
    public TestHttp withJsonMapper(JsonMapper mapper) {
        return new TestHttp(base, client, Objects.requireNonNull(mapper), defaultHeaders);
    }

    /** Follows redirects as a browser does; by default a redirect is answered as it is, to be asserted. */
    public TestHttp followingRedirects() {
        return new TestHttp(base, FOLLOWING_REDIRECTS, json, defaultHeaders);
    }

    /** Sends this header with every request, unless a request sets the same header itself. */
    public TestHttp withHeader(String name, String value) {
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.putAll(defaultHeaders);
        headers.put(Objects.requireNonNull(name), Objects.requireNonNull(value));
        return new TestHttp(base, client, json, headers);
    }

    /** {@code GET path} without a token. */
    public TestResponse get(String path) {
        return request(path).get();
    }

    /** {@code GET path} with {@code Authorization: Bearer <accessToken>}; a null token sends no such header. */
    public TestResponse get(String path, String accessToken) {
        return request(path).token(accessToken).get();
    }

    /** A request to {@code path} (with its query), to add a token, headers or a body to before sending it. */
    public TestRequest request(String path) {
        return new TestRequest(client, json, uri(path), defaultHeaders);
    }

    /** The client every request of this instance is sent with, for callers that read a response as a stream. */
    public HttpClient client() {
        return client;
    }

    /** The absolute address of {@code path}; an absolute URI (a {@code Location} header, say) is kept as it is. */
    public URI uri(String path) {
        URI uri = URI.create(path);
        if (uri.isAbsolute()) {
            return uri;
        }
        return URI.create(base + (path.startsWith("/") ? path : "/" + path));
    }

    @Override
    public String toString() {
        return "TestHttp at " + base;
    }
}
