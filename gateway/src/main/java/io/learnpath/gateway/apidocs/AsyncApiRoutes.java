package io.learnpath.gateway.apidocs;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

/**
 * The services' AsyncAPI documents, public next to Swagger UI's OpenAPI documents: teams that consume our Kafka
 * topics read them here. {@code GET /api-docs/asyncapi} lists them, {@code GET /api-docs/asyncapi/<service>.yaml}
 * serves one. An unknown name is the gateway's usual 404 problem (raised for {@code GatewayErrorHandler}).
 */
@Configuration(proxyBeanMethods = false)
class AsyncApiRoutes {

    static final String INDEX = "/api-docs/asyncapi";

    @Bean
    RouterFunction<ServerResponse> asyncApiDocumentation(AsyncApiDocuments documents) {
        return RouterFunctions.route()
                .GET(INDEX, request -> ServerResponse.ok().contentType(MediaType.APPLICATION_JSON)
                        .bodyValue(documents.all().stream().map(AsyncApiDocument::link).toList()))
                .GET(INDEX + "/{service}.yaml", request -> document(documents, request))
                .build();
    }

    private static Mono<ServerResponse> document(AsyncApiDocuments documents, ServerRequest request) {
        String service = request.pathVariable("service");
        return documents.named(service)
                .map(document -> ServerResponse.ok().contentType(MediaType.APPLICATION_YAML)
                        .bodyValue(document.content()))
                .orElseGet(() -> Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND,
                        "No AsyncAPI document named " + service)));
    }
}
