package io.learnpath.gateway.problem;

import io.learnpath.platform.web.ErrorStatusProblems;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.util.Map;
import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.stereotype.Component;
import reactor.netty.NettyPipeline;
import tools.jackson.databind.json.JsonMapper;

/**
 * Problem bodies for the requests Reactor Netty refuses while decoding them, before Spring sees them: a request
 * line over the limit (414), headers over the limit (431), or a line that is not HTTP (400). Netty answers those
 * itself with an empty body and closes the connection; this handler, just behind the HTTP codec, swaps that answer
 * for the same status with a problem.
 *
 * <p>Hand-written because Reactor Netty has no hook for that answer. It recognises it by its shape: a complete
 * response with one of those statuses, an empty body and {@code Connection: close}. Every answer Spring writes
 * either has a body ({@link EmptyErrorAnswers} sees to it) or is not one of those.
 */
@Component
@ChannelHandler.Sharable
class UndecodableRequestProblems extends ChannelOutboundHandlerAdapter implements NettyServerCustomizer {

    private final Map<HttpResponseStatus, byte[]> bodies;

    UndecodableRequestProblems(JsonMapper json) {
        this.bodies = Map.of(
                HttpResponseStatus.REQUEST_URI_TOO_LONG, body(json, 414),
                HttpResponseStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, body(json, 431),
                HttpResponseStatus.BAD_REQUEST, body(json, 400));
    }

    @Override
    public reactor.netty.http.server.HttpServer apply(reactor.netty.http.server.HttpServer server) {
        return server.doOnChannelInit((observer, channel, address) -> {
            if (channel.pipeline().get(NettyPipeline.HttpCodec) != null) {
                channel.pipeline().addAfter(NettyPipeline.HttpCodec, "learnpath.problemBodies", this);
            }
        });
    }

    @Override
    public void write(ChannelHandlerContext context, Object message, ChannelPromise promise) throws Exception {
        if (message instanceof FullHttpResponse response && isDecodingFailure(response)) {
            byte[] body = bodies.get(response.status());
            FullHttpResponse problem = new DefaultFullHttpResponse(response.protocolVersion(), response.status(),
                    Unpooled.wrappedBuffer(body));
            problem.headers()
                    .set(HttpHeaderNames.CONTENT_TYPE, "application/problem+json")
                    .setInt(HttpHeaderNames.CONTENT_LENGTH, body.length)
                    .set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
            SecurityHeaders.ON_EVERY_ANSWER.forEach(problem.headers()::set);
            response.release();
            super.write(context, problem, promise);
            return;
        }
        super.write(context, message, promise);
    }

    private boolean isDecodingFailure(FullHttpResponse response) {
        return bodies.containsKey(response.status()) && response.content().readableBytes() == 0
                && response.headers().contains(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE, true);
    }

    private static byte[] body(JsonMapper json, int status) {
        return json.writeValueAsBytes(Problem.from(ErrorStatusProblems.forStatus(status, null), null));
    }
}
