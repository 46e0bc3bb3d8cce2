package io.learnpath.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A servlet service's container error page is a problem, built from the status the container forwards with: Spring
 * Boot's own error controller backs off. The answer over a real Tomcat is proven by the services' tests (e.g. the
 * content-service's {@code MalformedRequestsIntegrationTest}) and by {@link ProblemErrorReportValveTest}.
 */
class ContainerErrorsAutoConfigurationTest {

    private final WebApplicationContextRunner servlet = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class,
                    HttpMessageConvertersAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
                    WebMvcAutoConfiguration.class, ErrorMvcAutoConfiguration.class,
                    ContainerErrorsAutoConfiguration.class));

    @Test
    void replacesSpringBootsErrorControllerAndCustomizesTomcat() {
        servlet.run(context -> {
            assertThat(context).hasSingleBean(ErrorController.class);
            assertThat(context).hasSingleBean(ProblemErrorController.class);
            assertThat(context).doesNotHaveBean(BasicErrorController.class);
            assertThat(context).hasBean("problemErrorReportValve");
        });
    }

    @Test
    void aServicesOwnErrorControllerWins() {
        servlet.withBean("ownErrorController", ErrorController.class, () -> new ErrorController() { })
                .run(context -> {
                    assertThat(context).hasSingleBean(ErrorController.class);
                    assertThat(context).doesNotHaveBean(ProblemErrorController.class);
                });
    }

    @Test
    void aReactiveApplicationDoesNotGetIt() {
        new ReactiveWebApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(ContainerErrorsAutoConfiguration.class))
                .run(context -> {
                    assertThat(context).doesNotHaveBean(ProblemErrorController.class);
                    assertThat(context).doesNotHaveBean(WebServerFactoryCustomizer.class);
                });
    }

    @Test
    void aNonWebApplicationDoesNotGetIt() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(ContainerErrorsAutoConfiguration.class))
                .run(context -> assertThat(context).doesNotHaveBean(ProblemErrorController.class));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "GET, 400, https://learnpath.io/problems/malformed-request, Bad Request",
            "POST, 404, https://learnpath.io/problems/not-found, Not Found",
            "POST, 405, https://learnpath.io/problems/method-not-allowed, Method Not Allowed",
            "PUT, 413, https://learnpath.io/problems/payload-too-large, Content Too Large",
            "DELETE, 418, https://learnpath.io/problems/malformed-request, I'm a teapot",
            "GET, 500, https://learnpath.io/problems/internal, Internal Server Error",
            "GET, 501, https://learnpath.io/problems/internal, Not Implemented",
            "PATCH, 503, https://learnpath.io/problems/service-unavailable, Service Unavailable" })
    void answersTheForwardedStatusAsAProblemWhateverTheClientAccepts(String method, int status, String type,
            String title) {
        servlet.run(context -> {
            MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).build();
            MockHttpServletResponse response = mvc.perform(request(HttpMethod.valueOf(method), "/error")
                            .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, status)
                            .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/api/shelf/books;x=1")
                            .requestAttr(RequestDispatcher.ERROR_EXCEPTION,
                                    new IllegalStateException("secret internals"))
                            .accept(MediaType.TEXT_HTML))
                    .andReturn().getResponse();

            assertThat(response.getStatus()).isEqualTo(status);
            assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            String body = response.getContentAsString();
            JsonNode problem = JsonMapper.shared().readTree(body);
            assertThat(problem.get("status").asInt()).isEqualTo(status);
            assertThat(problem.get("type").asString()).isEqualTo(type);
            assertThat(problem.get("title").asString()).isEqualTo(title);
            assertThat(problem.get("instance").asString()).isEqualTo("/api/shelf/books;x=1");
            assertThat(body).doesNotContain("secret internals", "IllegalStateException", "timestamp", "trace");
        });
    }

    @Test
    void askedForDirectlyItIsNotFound() {
        servlet.run(context -> {
            MockHttpServletResponse response = MockMvcBuilders.webAppContextSetup(context).build()
                    .perform(get("/error")).andReturn().getResponse();

            assertThat(response.getStatus()).isEqualTo(404);
            JsonNode problem = JsonMapper.shared().readTree(response.getContentAsString());
            assertThat(problem.get("type").asString()).isEqualTo(ProblemTypes.NOT_FOUND.toString());
            assertThat(problem.get("instance").asString()).isEqualTo("/error");
        });
    }
}
