package io.learnpath.gateway.limits;

import io.netty.handler.timeout.ReadTimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Hooks;
import reactor.netty.http.server.HttpServer;

/**
 * Time limits on reading a request, against clients that announce a body and never send it, or send it a byte at a
 * time: without them such a connection is held until the client gives up. Reactor Netty has both limits but
 * Spring Boot exposes neither as a property. They apply while a request is read only, so a long-lived answer (a
 * notification stream) is not affected. Past either, Reactor Netty closes the connection: the client stopped
 * sending, so nothing more is owed to it.
 */
@Component
public class SlowRequestTimeouts implements NettyServerCustomizer {

    private static final Logger log = LoggerFactory.getLogger(SlowRequestTimeouts.class);

    private final RequestLimits limits;

    SlowRequestTimeouts(RequestLimits limits) {
        this.limits = limits;
        // The timeout reaches the request body after its reader has gone with the connection, so Reactor "drops"
        // it, which by default is an ERROR line with a stack trace per slow client. Only those are quietened;
        // every other dropped error is still an ERROR, as Reactor's default hook has it.
        Hooks.onErrorDropped(error -> {
            if (isRequestTimeout(error)) {
                log.debug("A client's request did not arrive in time: {}", error.toString());
            } else {
                log.error("Operator called default onErrorDropped", error);
            }
        });
    }

    @Override
    public HttpServer apply(HttpServer server) {
        return server.readTimeout(limits.bodyReadTimeout()).requestTimeout(limits.requestReadTimeout());
    }

    /** A read or request timeout of Reactor Netty's server (its RequestTimeoutException is package-private). */
    public static boolean isRequestTimeout(Throwable error) {
        return error instanceof ReadTimeoutException
                || error.getClass().getName().equals("reactor.netty.http.server.RequestTimeoutException");
    }
}
