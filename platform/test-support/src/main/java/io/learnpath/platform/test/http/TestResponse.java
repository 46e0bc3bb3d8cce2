package io.learnpath.platform.test.http;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/**
 * What the server answered, as it answered it. {@link #toString()} shows the request, status and body, so
 * {@code assertThat(response.status()).as(response.toString()).isEqualTo(200)} explains a failure by itself.
 */
public final class TestResponse {

    // A whole OpenAPI document in an assertion message hides the line that matters.
    private static final int SHOWN_BODY_LENGTH = 4000;

    private final String method;
    private final URI uri;
    private final int status;
    private final HttpHeaders headers;
    private final String body;
    private final JsonMapper json;

    TestResponse(String method, URI uri, int status, HttpHeaders headers, String body, JsonMapper json) {
        this.method = method;
        this.uri = uri;
        this.status = status;
        this.headers = headers;
        this.body = body;
        this.json = json;
    }

    public int status() {
        return status;
    }

    /** The body as text; empty when there was none. */
    public String body() {
        return body;
    }

    /**
     * The body as JSON, read when asked (an HTML page is fine until then); a {@link MissingNode} when the body is
     * empty, so {@code json().path("x")} reads as absent rather than failing.
     *
     * @throws IllegalStateException when the body is not JSON, with the response in the message
     */
    public JsonNode json() {
        if (body.isBlank()) {
            return MissingNode.getInstance();
        }
        try {
            return json.readTree(body);
        } catch (JacksonException e) {
            throw new IllegalStateException("Not JSON: " + this, e);
        }
    }

    /**
     * A header's value, its name in any case; several values of one name joined with {@code ", "} as HTTP allows;
     * null when the response has no such header.
     */
    public String header(String name) {
        List<String> values = headers.allValues(name);
        return values.isEmpty() ? null : String.join(", ", values);
    }

    /** The {@code Content-Type}, or an empty string when there is none. */
    public String contentType() {
        String contentType = header("Content-Type");
        return contentType == null ? "" : contentType;
    }

    /** Every header, for what {@link #header(String)} does not cover (each value of a repeated header, say). */
    public HttpHeaders headers() {
        return headers;
    }

    /** The address that answered; after followed redirects, the last one. */
    public URI uri() {
        return uri;
    }

    @Override
    public String toString() {
        String shown = body.length() <= SHOWN_BODY_LENGTH ? body
                : body.substring(0, SHOWN_BODY_LENGTH) + "... (" + (body.length() - SHOWN_BODY_LENGTH)
                        + " more characters)";
        return status + " from " + method + " " + uri + (shown.isEmpty() ? " (no body)" : ": " + shown);
    }
}
