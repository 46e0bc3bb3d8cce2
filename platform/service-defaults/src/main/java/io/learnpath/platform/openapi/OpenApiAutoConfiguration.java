package io.learnpath.platform.openapi;

import io.learnpath.platform.security.AuthenticatedLearner;
import io.learnpath.platform.security.JwtProperties;
import io.learnpath.platform.security.PublicPath;
import io.learnpath.platform.web.ProblemErrorController;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import org.springdoc.core.configuration.SpringDocConfiguration;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;

/**
 * The frame of every service's OpenAPI document (springdoc generates the paths from the controllers, on the first
 * request for the document): the service's name as title, its license, how to authenticate, how errors look, and
 * that the API is reached through the gateway. Every operation needs the {@value #BEARER_AUTH} scheme except those
 * that {@code learnpath.security.jwt.public-paths} opens, the same list the security filter chain reads; and every
 * operation lists the problem responses it can answer with ({@link StandardProblemResponses}).
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({ OpenAPI.class, SpringDocConfiguration.class })
@ConditionalOnBooleanProperty(name = "springdoc.api-docs.enabled", matchIfMissing = true)
@EnableConfigurationProperties(JwtProperties.class)
public class OpenApiAutoConfiguration {

    public static final String BEARER_AUTH = "bearerAuth";

    static final String DESCRIPTION = """
            Part of Learnpath, reached through the gateway: every path starts with `/api/`.

            **Authentication.** Unless an operation says otherwise, send an access token from \
            `POST /api/auth/login` as `Authorization: Bearer <token>` (RS256 JWT, 15 minutes by default; renew with \
            `POST /api/auth/refresh`). The learner is always the token's subject.

            **Errors** are RFC 9457 problem details (`application/problem+json`): `type`, `title`, `status`, \
            `detail`, `instance`. Branch on `type` (`https://learnpath.io/problems/...`, e.g. `validation`, \
            `not-found`, `unauthorized`), never on the wording; validation problems add \
            `errors: [{field, message}]`.

            **Conventions.** JSON in camelCase, ISO-8601 UTC timestamps, UUID ids. Collections take `page` \
            (from 0) and `size` (default 20, max 100) and answer `{items, page, size, totalItems, totalPages}`. \
            Cacheable reads send `ETag` and honour `If-None-Match`.
            """;

    static {
        // The learner comes from the verified token, never from the request: not a parameter clients send.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(AuthenticatedLearner.class);
        // The container's error page, not an operation (springdoc hides only Spring Boot's own error controller).
        SpringDocUtils.getConfig().addHiddenRestControllers(ProblemErrorController.class);
    }

    @Bean
    @ConditionalOnMissingBean
    OpenAPI serviceOpenApi(Environment environment) {
        return new OpenAPI()
                .info(new Info()
                        .title(environment.getProperty("spring.application.name", "learnpath"))
                        .version(version(environment))
                        .description(DESCRIPTION)
                        .license(license()))
                // Relative: the document is read through the gateway, and so are the calls Swagger UI makes.
                .servers(List.of(new Server().url("/").description("The gateway")))
                .components(new Components().addSecuritySchemes(BEARER_AUTH, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .bearerFormat("JWT")
                        .description("Access token from POST /api/auth/login or /api/auth/refresh")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER_AUTH));
    }

    /**
     * Marks the public operations, then documents every operation's problem responses: one customizer, because
     * springdoc applies separate ones in no fixed order, and whether a token is needed decides 401 and 403.
     */
    @Bean
    OpenApiCustomizer serviceOperations(JwtProperties jwt) {
        OpenApiCustomizer publicOperations = publicOperations(jwt);
        OpenApiCustomizer problemResponses = new StandardProblemResponses();
        return openApi -> {
            publicOperations.customise(openApi);
            problemResponses.customise(openApi);
        };
    }

    /** Operations a client may call without a token say so ({@code security: []}), overriding the global rule. */
    OpenApiCustomizer publicOperations(JwtProperties jwt) {
        List<PublicPath> publicPaths = jwt.publicPaths().stream().map(PublicPath::parse).toList();
        return openApi -> {
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                HttpMethod httpMethod = HttpMethod.valueOf(method.name());
                if (publicPaths.stream().anyMatch(open -> open.matches(httpMethod, path))) {
                    operation.setSecurity(List.of());
                }
            }));
        };
    }

    /** As an SPDX identifier: OpenAPI 3.1 takes an identifier or a url, not both; Swagger UI links it to SPDX. */
    private static License license() {
        return new License().name("Apache License 2.0").identifier("Apache-2.0");
    }

    private static String version(Environment environment) {
        // From the service jar's manifest (Spring Boot fills spring.application.version), else the platform's.
        String version = environment.getProperty("spring.application.version");
        if (version == null || version.isBlank()) {
            version = OpenApiAutoConfiguration.class.getPackage().getImplementationVersion();
        }
        return version == null ? "development" : version;
    }
}
