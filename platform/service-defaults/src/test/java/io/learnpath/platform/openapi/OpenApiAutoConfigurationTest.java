package io.learnpath.platform.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.junit.jupiter.api.Test;
import org.springdoc.core.configuration.SpringDocConfiguration;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;

/** When a service's OpenAPI frame is declared: servlet, springdoc present, documents not switched off. */
class OpenApiAutoConfigurationTest {

    private static final AutoConfigurations OPEN_API = AutoConfigurations.of(OpenApiAutoConfiguration.class);

    private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
            .withConfiguration(OPEN_API)
            .withPropertyValues("spring.application.name=shelf-service");

    @Test
    void aServletServiceWithSpringdocGetsTheFrameNamedAfterIt() {
        runner.run(context -> {
            assertThat(context).hasSingleBean(OpenAPI.class).hasSingleBean(OpenApiCustomizer.class);
            assertThat(context.getBean(OpenAPI.class).getInfo().getTitle()).isEqualTo("shelf-service");
        });
    }

    @Test
    void documentsSwitchedOffMeanNoFrame() {
        runner.withPropertyValues("springdoc.api-docs.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(OpenAPI.class)
                        .doesNotHaveBean(OpenApiCustomizer.class));
    }

    @Test
    void documentsExplicitlyOnKeepTheFrame() {
        runner.withPropertyValues("springdoc.api-docs.enabled=true")
                .run(context -> assertThat(context).hasSingleBean(OpenAPI.class));
    }

    @Test
    void withoutSpringdocThereIsNoFrame() {
        runner.withClassLoader(new FilteredClassLoader(SpringDocConfiguration.class))
                .run(context -> assertThat(context).doesNotHaveBean(OpenAPI.class));
    }

    @Test
    void aServicesOwnOpenApiWinsButOperationsAreStillDocumented() {
        OpenAPI own = new OpenAPI().info(new Info().title("own"));
        runner.withBean(OpenAPI.class, () -> own).run(context -> {
            assertThat(context).getBean(OpenAPI.class).isSameAs(own);
            assertThat(context).hasSingleBean(OpenApiCustomizer.class);
        });
    }

    @Test
    void reactiveAndNonWebApplicationsGetNoFrame() {
        new ReactiveWebApplicationContextRunner().withConfiguration(OPEN_API)
                .run(context -> assertThat(context).doesNotHaveBean(OpenAPI.class));
        new ApplicationContextRunner().withConfiguration(OPEN_API)
                .run(context -> assertThat(context).doesNotHaveBean(OpenAPI.class));
    }
}
