package io.learnpath.platform.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.learnpath.platform.security.JwtProperties;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class PublicOperationsTest {

    private final OpenApiAutoConfiguration configuration = new OpenApiAutoConfiguration();

    @Test
    void operationsThePublicPathsOpenNeedNoToken() {
        OpenAPI document = configuration.serviceOpenApi(new MockEnvironment()
                .withProperty("spring.application.name", "auth-service"));
        document.paths(new Paths()
                .addPathItem("/api/auth/login", new PathItem().post(new Operation()))
                .addPathItem("/api/auth/me", new PathItem().get(new Operation()))
                .addPathItem("/api/auth/.well-known/jwks.json", new PathItem().get(new Operation()))
                .addPathItem("/api/content/roadmaps/{slug}", new PathItem().get(new Operation()).put(new Operation())));

        configuration.publicOperations(jwt("POST /api/auth/login", "/api/auth/.well-known/**",
                "GET /api/content/**")).customise(document);

        assertThat(document.getInfo().getTitle()).isEqualTo("auth-service");
        assertThat(document.getSecurity()).singleElement()
                .satisfies(requirement -> assertThat(requirement).containsOnlyKeys("bearerAuth"));
        assertThat(document.getComponents().getSecuritySchemes().get("bearerAuth").getBearerFormat()).isEqualTo("JWT");
        assertThat(document.getPaths().get("/api/auth/login").getPost().getSecurity()).isEmpty();
        assertThat(document.getPaths().get("/api/auth/.well-known/jwks.json").getGet().getSecurity()).isEmpty();
        assertThat(document.getPaths().get("/api/content/roadmaps/{slug}").getGet().getSecurity()).isEmpty();
        // No list of its own: the document's bearerAuth requirement applies.
        assertThat(document.getPaths().get("/api/content/roadmaps/{slug}").getPut().getSecurity()).isNull();
        assertThat(document.getPaths().get("/api/auth/me").getGet().getSecurity()).isNull();
    }

    private static JwtProperties jwt(String... publicPaths) {
        return new JwtProperties(null, null, null, Duration.ofSeconds(30), List.of(publicPaths), List.of(), Duration.ZERO,
                Duration.ofSeconds(3));
    }
}
