package io.learnpath.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.learnpath.gateway.GatewayIntegrationTest;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

/** Swagger UI at the gateway, over the services' OpenAPI documents read through the gateway's own routes. */
class ApiDocumentationTest extends GatewayIntegrationTest {

    @Test
    void swaggerUiOpensWithoutAToken() {
        EntityExchangeResult<byte[]> entry = gateway().get().uri("/swagger-ui.html")
                .exchange()
                .expectStatus().isFound()
                .expectBody().returnResult();
        URI page = entry.getResponseHeaders().getLocation();
        assertThat(page).isNotNull();

        EntityExchangeResult<String> index = gateway().get().uri(page.toString())
                .exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectBody(String.class).returnResult();
        assertThat(index.getResponseBody()).contains("swagger-ui");
        // Nothing the gateway's security adds may stop the page from loading its scripts and styles.
        assertThat(index.getResponseHeaders().getFirst("Content-Security-Policy")).isNull();
        // X-Content-Type-Options: nosniff makes browsers refuse scripts served under another type.
        gateway().get().uri(page.resolve("swagger-ui-bundle.js").toString())
                .exchange()
                .expectStatus().isOk()
                .expectHeader().value(HttpHeaders.CONTENT_TYPE, type -> assertThat(type).contains("javascript"));

        EntityExchangeResult<String> initializer = gateway().get()
                .uri(page.resolve("swagger-initializer.js").toString())
                .exchange()
                .expectStatus().isOk()
                .expectHeader().value(HttpHeaders.CONTENT_TYPE, type -> assertThat(type).contains("javascript"))
                .expectBody(String.class).returnResult();
        assertThat(initializer.getResponseBody()).contains("/v3/api-docs/swagger-config").doesNotContain("petstore");
    }

    @Test
    void swaggerUiListsTheFourServiceDocumentsAtTheirGatewayPaths() {
        gateway().get().uri("/v3/api-docs/swagger-config")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectBody()
                .jsonPath("$.urls.length()").isEqualTo(4)
                .jsonPath("$.urls[?(@.name == 'auth-service')].url").isEqualTo("/api/auth/v3/api-docs")
                .jsonPath("$.urls[?(@.name == 'content-service')].url").isEqualTo("/api/content/v3/api-docs")
                .jsonPath("$.urls[?(@.name == 'progress-service')].url").isEqualTo("/api/progress/v3/api-docs")
                .jsonPath("$.urls[?(@.name == 'notification-service')].url")
                .isEqualTo("/api/notifications/v3/api-docs");
    }

    @Test
    void aServiceDocumentIsRoutedWithoutAToken() {
        gateway().get().uri("/api/content/v3/api-docs")
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.path").isEqualTo("/api/content/v3/api-docs");
    }

    @Test
    void theGatewayPublishesNoDocumentOfItsOwn() {
        gateway().get().uri("/v3/api-docs")
                .header(HttpHeaders.AUTHORIZATION, bearer(validToken()))
                .exchange()
                .expectStatus().isEqualTo(HttpStatus.NOT_FOUND);
    }
}
