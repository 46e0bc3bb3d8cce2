package io.learnpath.platform.test.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import tools.jackson.databind.json.JsonMapper;

/**
 * One request being put together: a token, headers and a JSON body, then sent with the method's name
 * ({@link #get()}, {@link #post()}, ...). Each setter changes this request and answers it, for chaining; build a
 * new one per request with {@link TestHttp#request(String)}.
 */
public final class TestRequest {

    private static final String JSON = "application/json";

    private final HttpClient client;
    private final JsonMapper json;
    private final URI uri;
    private final Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private Object body;
    private Duration timeout = TestHttp.REQUEST_TIMEOUT;

    TestRequest(HttpClient client, JsonMapper json, URI uri, Map<String, String> defaultHeaders) {
        this.client = client;
        this.json = json;
        this.uri = uri;
        this.headers.putAll(defaultHeaders);
    }

    /** Sends {@code Authorization: Bearer <accessToken>}; a null token sends none, as an anonymous client would. */
    public TestRequest token(String accessToken) {
        return header("Authorization", accessToken == null ? null : "Bearer " + accessToken);
    }

    /**
     * Sets a header, replacing one of the same name (names are case-insensitive); a null value removes it, so an
     * optional header (say, {@code Last-Event-ID}) needs no {@code if}.
     */
    public TestRequest header(String name, String value) {
        Objects.requireNonNull(name);
        if (value == null) {
            headers.remove(name);
        } else {
            headers.put(name, value);
        }
        return this;
    }

    /**
     * Sends this body as JSON: a {@code String} exactly as given (malformed JSON included), anything else written
     * with the JSON mapper. {@code Content-Type} is {@code application/json} unless the request sets another.
     */
    public TestRequest json(Object body) {
        this.body = Objects.requireNonNull(body);
        return this;
    }

    /** Sends these bytes as they are (an upload, say a zip archive) with the given {@code Content-Type}. */
    public TestRequest bytes(byte[] content, String contentType) {
        this.body = Objects.requireNonNull(content);
        return header("Content-Type", Objects.requireNonNull(contentType));
    }

    /** How long to wait for the response headers (30 s unless set). */
    public TestRequest timeout(Duration timeout) {
        this.timeout = Objects.requireNonNull(timeout);
        return this;
    }

    public TestResponse get() {
        return send("GET");
    }

    public TestResponse post() {
        return send("POST");
    }

    public TestResponse put() {
        return send("PUT");
    }

    public TestResponse patch() {
        return send("PATCH");
    }

    public TestResponse delete() {
        return send("DELETE");
    }

    /** Sends the request with any method ({@code OPTIONS}, {@code HEAD}, ...) and reads the body as text. */
    public TestResponse send(String method) {
        HttpRequest request = toHttpRequest(method);
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new TestResponse(method, response.uri(), response.statusCode(), response.headers(),
                    response.body() == null ? "" : response.body(), json);
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + uri + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(method + " " + uri + " was interrupted", e);
        }
    }

    /** Sends the request and returns the body as bytes (a download), failing unless the status is 200. */
    public byte[] download(String method) {
        try {
            HttpResponse<byte[]> response = client.send(toHttpRequest(method), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(method + " " + uri + " answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + uri + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(method + " " + uri + " was interrupted", e);
        }
    }

    /**
     * The request as java.net.http builds it, for a caller that reads the response its own way, such as a stream
     * of Server-Sent Events: {@code http.client().sendAsync(request, BodyHandlers.ofLines())}.
     */
    public HttpRequest toHttpRequest(String method) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(timeout);
        if (body != null && !headers.containsKey("Content-Type")) {
            builder.header("Content-Type", JSON);
        }
        headers.forEach(builder::header);
        return builder.method(method, bodyPublisher()).build();
    }

    private HttpRequest.BodyPublisher bodyPublisher() {
        if (body == null) {
            return HttpRequest.BodyPublishers.noBody();
        }
        if (body instanceof byte[] bytes) {
            return HttpRequest.BodyPublishers.ofByteArray(bytes);
        }
        String text = body instanceof String string ? string : json.writeValueAsString(body);
        return HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8);
    }
}
