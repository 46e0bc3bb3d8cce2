package io.learnpath.platform.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.learnpath.platform.security.JwtProperties;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.PathParameter;
import io.swagger.v3.oas.models.parameters.QueryParameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class StandardProblemResponsesTest {

    private final OpenApiAutoConfiguration configuration = new OpenApiAutoConfiguration();

    @Test
    void aTokenProtectedUpdateOfAVersionedResourceListsEveryProblemItCanAnswer() {
        Operation update = new Operation()
                .addParametersItem(new PathParameter().name("slug"))
                .addParametersItem(new HeaderParameter().name("If-Match"))
                .requestBody(new RequestBody().content(json(new Schema<>().$ref("#/components/schemas/Update"))))
                .responses(new ApiResponses().addApiResponse("200", new ApiResponse().description("OK")));
        OpenAPI document = customised(jwt(), new PathItem().put(update), "/api/content/roadmaps/{slug}");

        assertThat(update.getResponses().keySet()).containsExactly("200", "400", "401", "403", "404", "412", "429");
        assertThat(update.getResponses().get("401").get$ref()).isEqualTo("#/components/responses/Unauthorized");
        assertThat(update.getResponses().get("412").get$ref()).isEqualTo("#/components/responses/PreconditionFailed");
        assertThat(document.getComponents().getResponses().keySet()).containsExactly("BadRequest", "Unauthorized",
                "Forbidden", "NotFound", "PreconditionFailed", "TooManyRequests");
        document.getComponents().getResponses().forEach((name, response) -> {
            assertThat(response.getDescription()).as(name).isNotBlank();
            assertThat(response.getContent()).as(name).containsOnlyKeys("application/problem+json");
            assertThat(response.getContent().get("application/problem+json").getSchema().get$ref()).as(name)
                    .isEqualTo("#/components/schemas/Problem");
        });
        assertThat(document.getComponents().getResponses().get("TooManyRequests").getHeaders())
                .containsOnlyKeys("Retry-After");
    }

    @Test
    void aPublicReadWithoutParametersCanOnlyBeRateLimited() {
        Operation list = new Operation().security(List.of())
                .responses(new ApiResponses().addApiResponse("200", new ApiResponse().description("OK")));
        OpenAPI document = customised(jwt(), new PathItem().get(list), "/api/auth/.well-known/jwks.json");

        assertThat(list.getResponses()).containsOnlyKeys("200", "429");
        // Components only for what is referenced: unused ones are lint warnings.
        assertThat(document.getComponents().getResponses()).containsOnlyKeys("TooManyRequests");
        assertThat(document.getComponents().getSchemas()).containsKey("Problem");
    }

    @Test
    void whoNeedsATokenFollowsThePublicPathsMarkedBefore() {
        Operation login = new Operation().requestBody(new RequestBody().content(json(new Schema<>())));
        Operation me = new Operation();
        Operation page = new Operation().addParametersItem(new QueryParameter().name("page"));
        OpenAPI document = configuration.serviceOpenApi(new MockEnvironment());
        document.paths(new Paths()
                .addPathItem("/api/auth/login", new PathItem().post(login))
                .addPathItem("/api/auth/me", new PathItem().get(me))
                .addPathItem("/api/content/roadmaps", new PathItem().get(page)));

        configuration.serviceOperations(jwt("POST /api/auth/login", "GET /api/content/**")).customise(document);

        assertThat(login.getResponses()).containsOnlyKeys("400", "429");
        assertThat(me.getResponses()).containsOnlyKeys("401", "403", "429");
        assertThat(page.getResponses()).containsOnlyKeys("400", "429");
    }

    @Test
    void aConflictIsNeverGuessedButADeclaredOneKeepsItsWordsAndGetsTheProblemBody() {
        // springdoc describes a declared error without content with the operation's success body.
        Operation register = new Operation().security(List.of())
                .requestBody(new RequestBody().content(json(new Schema<>().$ref("#/components/schemas/Request"))))
                .responses(new ApiResponses()
                        .addApiResponse("201", new ApiResponse().description("Created")
                                .content(json(new Schema<>().$ref("#/components/schemas/Account"))))
                        .addApiResponse("409", new ApiResponse().description("The email is taken (type .../email-taken)")
                                .content(json(new Schema<>().$ref("#/components/schemas/Account"))))
                        .addApiResponse("400", new ApiResponse().description("Our own words on a bad request")));
        Operation rename = new Operation().addParametersItem(new PathParameter().name("slug"));
        OpenAPI document = configuration.serviceOpenApi(new MockEnvironment());
        document.paths(new Paths()
                .addPathItem("/api/auth/register", new PathItem().post(register))
                .addPathItem("/api/content/roadmaps/{slug}", new PathItem().put(rename)));

        configuration.serviceOperations(jwt()).customise(document);

        assertThat(register.getResponses().keySet()).containsExactly("201", "400", "409", "429");
        assertThat(register.getResponses().get("409").getDescription()).isEqualTo(
                "The email is taken (type .../email-taken)");
        assertThat(register.getResponses().get("409").getContent()).containsOnlyKeys("application/problem+json");
        assertThat(register.getResponses().get("400").getDescription()).isEqualTo("Our own words on a bad request");
        assertThat(register.getResponses().get("400").get$ref()).isNull();
        assertThat(register.getResponses().get("400").getContent().get("application/problem+json").getSchema()
                .get$ref()).isEqualTo("#/components/schemas/Problem");
        assertThat(register.getResponses().get("201").getContent()).containsOnlyKeys("application/json");
        assertThat(rename.getResponses()).doesNotContainKey("409");
    }

    @Test
    void runningTwiceChangesNothing() {
        Operation read = new Operation().addParametersItem(new PathParameter().name("id"));
        OpenAPI document = customised(jwt(), new PathItem().get(read), "/api/notifications/{id}");
        String once = Json31.pretty(document);

        new StandardProblemResponses().customise(document);

        assertThat(Json31.pretty(document)).isEqualTo(once);
    }

    @Test
    void theProblemSchemaReadsAsJsonSchemaInOpenApi31() throws Exception {
        OpenAPI document = customised(jwt(), new PathItem().get(new Operation()), "/api/auth/me");

        JsonNode problem = JsonMapper.builder().build().readTree(Json31.pretty(document))
                .at("/components/schemas/Problem");

        assertThat(problem.at("/type").asString()).isEqualTo("object");
        assertThat(problem.at("/properties").propertyNames())
                .containsExactly("type", "title", "status", "detail", "instance", "errors");
        assertThat(problem.at("/properties/type/format").asString()).isEqualTo("uri");
        assertThat(problem.at("/properties/status/type").asString()).isEqualTo("integer");
        assertThat(problem.at("/properties/errors/items/properties").propertyNames())
                .containsExactly("field", "message");
        assertThat(problem.at("/required").valueStream().map(JsonNode::asString))
                .containsExactlyInAnyOrder("type", "title", "status");
    }

    @Test
    void theDocumentNamesItsLicenseByItsSpdxIdentifier() {
        OpenAPI document = configuration.serviceOpenApi(new MockEnvironment());

        assertThat(document.getInfo().getLicense().getIdentifier()).isEqualTo("Apache-2.0");
        assertThat(document.getInfo().getLicense().getName()).isNotBlank();
        // OpenAPI 3.1: identifier and url exclude each other.
        assertThat(document.getInfo().getLicense().getUrl()).isNull();
    }

    private OpenAPI customised(JwtProperties jwt, PathItem item, String path) {
        OpenAPI document = configuration.serviceOpenApi(new MockEnvironment());
        document.paths(new Paths().addPathItem(path, item));
        configuration.serviceOperations(jwt).customise(document);
        return document;
    }

    private static Content json(Schema<?> schema) {
        return new Content().addMediaType("application/json", new MediaType().schema(schema));
    }

    private static JwtProperties jwt(String... publicPaths) {
        return new JwtProperties(null, null, null, Duration.ofSeconds(30), List.of(publicPaths), List.of(), Duration.ZERO,
                Duration.ofSeconds(3));
    }
}
