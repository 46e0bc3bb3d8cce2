package io.learnpath.gateway.limits;

import java.util.Locale;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The body limit for requests that do not say how long their body is ({@code Transfer-Encoding: chunked}): the
 * routes' RequestSize filter judges {@code Content-Length} only, so without this a client could stream a body of
 * any size to a service. Such a body is read up to the limit, refused with a 413 problem beyond it, and forwarded
 * with its length once complete; the API's bodies are a few kilobytes, so holding one costs little.
 *
 * <p>Written by hand because neither Spring Cloud Gateway nor Reactor Netty limits a streamed request body. After
 * the security filters (order 0 against their -100), so an unauthenticated client cannot make the gateway hold a
 * body.
 */
@Component
@Order(0)
class StreamedBodyLimit implements WebFilter {

    private final int maxBytes;

    StreamedBodyLimit(RequestLimits limits) {
        this.maxBytes = Math.toIntExact(limits.maxRequestBody().toBytes());
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        if (request.getHeaders().getContentLength() >= 0 || !isStreamed(request.getHeaders())) {
            return chain.filter(exchange);
        }
        return DataBufferUtils.join(request.getBody(), maxBytes)
                .onErrorMap(DataBufferLimitException.class, tooLarge -> new ResponseStatusException(
                        HttpStatus.CONTENT_TOO_LARGE, "The request body is larger than " + maxBytes + " bytes"))
                .map(StreamedBodyLimit::copyAndRelease)
                .defaultIfEmpty(new byte[0])
                .flatMap(body -> chain.filter(exchange.mutate().request(withLength(request, body)).build()));
    }

    private static boolean isStreamed(HttpHeaders headers) {
        String encoding = headers.getFirst(HttpHeaders.TRANSFER_ENCODING);
        return encoding != null && encoding.toLowerCase(Locale.ROOT).contains("chunked");
    }

    private static byte[] copyAndRelease(DataBuffer joined) {
        try {
            byte[] bytes = new byte[joined.readableByteCount()];
            joined.read(bytes);
            return bytes;
        } finally {
            DataBufferUtils.release(joined);
        }
    }

    /** The request with its body in hand: a new buffer per subscription, so that a retried read can send it again. */
    private static ServerHttpRequest withLength(ServerHttpRequest request, byte[] body) {
        HttpHeaders headers = new HttpHeaders();
        headers.putAll(request.getHeaders());
        headers.remove(HttpHeaders.TRANSFER_ENCODING);
        headers.setContentLength(body.length);
        return new ServerHttpRequestDecorator(request) {
            @Override
            public HttpHeaders getHeaders() {
                return headers;
            }

            @Override
            public Flux<DataBuffer> getBody() {
                return Flux.defer(() -> Flux.just(DefaultDataBufferFactory.sharedInstance.wrap(body)));
            }
        };
    }
}
