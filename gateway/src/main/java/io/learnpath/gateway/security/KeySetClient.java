package io.learnpath.gateway.security;

import io.netty.channel.ChannelOption;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.ExchangeFunction;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;

/**
 * The HTTP client the gateway fetches the auth-service's signing keys (JWKS) with. Spring Security's default one
 * lacks two things the gateway needs:
 * <ul>
 * <li><b>A time limit.</b> It waits for ever, and so does every request whose token needs the keys: a fetch that
 * never got its answer left a learner's request with no answer at all, not even an error, until the client gave up.
 * Each fetch here must connect and answer within the limit, or the request fails (503).</li>
 * <li><b>One fetch at a time.</b> Spring Security's reactive key source fetches the keys once per token it cannot
 * match from its cache, so a gateway that has just started (or meets a new key after a rotation) fetches the same
 * document once per request of the first burst: 150 learners opening their notification streams at once made 152
 * fetches from the auth-service. Here the requests that need the keys while a fetch is under way share its answer.
 * No maintained library coalesces a WebClient's identical requests, hence {@link OneFetchAtATime}.</li>
 * </ul>
 * No connection pool: keys are fetched once per start or rotation, and a pooled connection idle for hours would
 * only be one the auth-service has closed meanwhile.
 */
final class KeySetClient {

    private KeySetClient() {
    }

    static WebClient create(Duration timeout) {
        HttpClient http = HttpClient.newConnection()
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, Math.toIntExact(timeout.toMillis()))
                .responseTimeout(timeout);
        return WebClient.builder()
                .clientConnector(new ReactorClientHttpConnector(http))
                .filter(new OneFetchAtATime())
                .build();
    }

    /**
     * Lets the requests made while one is under way wait for that one's answer instead of sending their own. Only
     * for a client that always asks the same thing (this one fetches one URL): it does not compare requests.
     */
    static final class OneFetchAtATime implements ExchangeFilterFunction {

        private final AtomicReference<Fetch> underWay = new AtomicReference<>();

        @Override
        public Mono<ClientResponse> filter(ClientRequest request, ExchangeFunction next) {
            return Mono.defer(() -> join(request, next).result).map(Answer::toResponse);
        }

        private Fetch join(ClientRequest request, ExchangeFunction next) {
            Fetch current = underWay.get();
            if (current != null) {
                return current;
            }
            Fetch fresh = new Fetch(request, next);
            if (underWay.compareAndSet(null, fresh)) {
                return fresh;
            }
            Fetch other = underWay.get();
            // The other one finished between the two reads: this one goes ahead on its own.
            return other != null ? other : fresh;
        }

        /** One request, its answer read once and replayed to everyone who joined; forgotten once it ends. */
        private final class Fetch {

            final Mono<Answer> result;

            Fetch(ClientRequest request, ExchangeFunction next) {
                this.result = next.exchange(request)
                        .flatMap(Answer::read)
                        .doFinally(signal -> underWay.compareAndSet(this, null))
                        .cache();
            }
        }
    }

    /** An answer kept as text (a JWKS is a small JSON document), so each waiting request gets a response of its own. */
    record Answer(HttpStatusCode status, HttpHeaders headers, String body) {

        static Mono<Answer> read(ClientResponse response) {
            return response.bodyToMono(String.class).defaultIfEmpty("")
                    .map(body -> new Answer(response.statusCode(), response.headers().asHttpHeaders(), body));
        }

        ClientResponse toResponse() {
            return ClientResponse.create(status).headers(copy -> copy.addAll(headers)).body(body).build();
        }
    }
}
