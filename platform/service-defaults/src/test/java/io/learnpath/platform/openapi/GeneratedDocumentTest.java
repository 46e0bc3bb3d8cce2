package io.learnpath.platform.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import io.learnpath.platform.web.ContainerErrorsAutoConfiguration;
import io.learnpath.platform.web.ProblemErrorController;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.junit.jupiter.api.Test;
import org.springdoc.core.configuration.SpringDocConfiguration;
import org.springdoc.core.properties.SpringDocConfigProperties;
import org.springdoc.webmvc.core.configuration.SpringDocWebMvcConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The frame as springdoc applies it to real controllers: what a service's document says without the service
 * writing any of it.
 */
class GeneratedDocumentTest {

    private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class,
                    HttpMessageConvertersAutoConfiguration.class, WebMvcAutoConfiguration.class,
                    SpringDocConfiguration.class, SpringDocConfigProperties.class,
                    SpringDocWebMvcConfiguration.class, OpenApiAutoConfiguration.class,
                    ContainerErrorsAutoConfiguration.class))
            .withPropertyValues("spring.application.name=shelf-service", "springdoc.api-docs.version=openapi_3_1",
                    "springdoc.default-produces-media-type=application/json",
                    "learnpath.security.jwt.public-paths=GET /api/shelf/books/**,POST /api/shelf/books")
            .withUserConfiguration(ShelfController.class);

    @Test
    void everyOperationListsItsProblemResponsesAndTheDocumentItsLicense() {
        runner.run(context -> {
            MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).build();
            String body = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
            JsonNode document = JsonMapper.builder().build().readTree(body);

            assertThat(document.at("/openapi").asString()).isEqualTo("3.1.0");
            assertThat(document.at("/info/license/identifier").asString()).isEqualTo("Apache-2.0");
            JsonNode read = document.at("/paths/~1api~1shelf~1books~1{isbn}/get");
            JsonNode add = document.at("/paths/~1api~1shelf~1books/post");
            JsonNode rename = document.at("/paths/~1api~1shelf~1books~1{isbn}~1title/put");
            assertThat(read.at("/security").isEmpty()).isTrue();
            assertThat(read.at("/responses").propertyNames()).containsExactly("200", "400", "404", "429");
            assertThat(add.at("/responses").propertyNames()).containsExactly("201", "400", "409", "429");
            assertThat(rename.at("/responses").propertyNames())
                    .containsExactly("200", "400", "401", "403", "404", "412", "429");
            assertThat(rename.at("/responses/412/$ref").asString())
                    .isEqualTo("#/components/responses/PreconditionFailed");

            JsonNode conflict = add.at("/responses/409");
            assertThat(conflict.at("/description").asString()).isEqualTo("This ISBN is already on the shelf");
            assertThat(conflict.at("/content").propertyNames()).containsExactly("application/problem+json");
            assertThat(conflict.at("/content/application~1problem+json/schema/$ref").asString())
                    .isEqualTo("#/components/schemas/Problem");
            assertThat(document.at("/components/schemas/Problem/properties").propertyNames())
                    .contains("type", "title", "status", "detail", "instance", "errors");
            assertThat(document.at("/components/responses/TooManyRequests/headers/Retry-After").isObject()).isTrue();
        });
    }

    @Test
    void theContainersErrorPageIsNoOperation() {
        runner.run(context -> {
            assertThat(context).hasSingleBean(ProblemErrorController.class);
            MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).build();
            String body = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
            JsonNode document = JsonMapper.builder().build().readTree(body);

            assertThat(document.at("/paths").propertyNames()).isNotEmpty().doesNotContain("/error");
        });
    }

    record Book(String isbn, String title) {
    }

    @RestController
    static class ShelfController {

        @Operation(summary = "A book")
        @GetMapping("/api/shelf/books/{isbn}")
        Book read(@PathVariable String isbn) {
            return new Book(isbn, "Dune");
        }

        @Operation(summary = "Put a book on the shelf")
        @ApiResponse(responseCode = "201", description = "On the shelf")
        @ApiResponse(responseCode = "409", description = "This ISBN is already on the shelf")
        @ResponseStatus(HttpStatus.CREATED)
        @PostMapping("/api/shelf/books")
        Book add(@RequestBody Book book) {
            return book;
        }

        @Operation(summary = "Rename a book")
        @PutMapping("/api/shelf/books/{isbn}/title")
        Book rename(@PathVariable String isbn, @RequestHeader("If-Match") String version,
                @RequestBody String title) {
            return new Book(isbn, title);
        }
    }
}
