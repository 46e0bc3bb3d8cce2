package io.learnpath.gateway.limits;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * How much of a client's request the gateway takes, and how long it waits for it.
 *
 * @param maxRequestBody the largest body forwarded, announced ({@code Content-Length}, judged by the routes'
 *     RequestSize filter) or streamed ({@code Transfer-Encoding: chunked}, judged by {@link StreamedBodyLimit})
 * @param bodyReadTimeout the longest pause between two pieces of a request's body
 * @param requestReadTimeout the longest a whole request (head and body) may take to arrive
 */
@ConfigurationProperties("learnpath.gateway.limits")
public record RequestLimits(DataSize maxRequestBody, Duration bodyReadTimeout, Duration requestReadTimeout) {
}
