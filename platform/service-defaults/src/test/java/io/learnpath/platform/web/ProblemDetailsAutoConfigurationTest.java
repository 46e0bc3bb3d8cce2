package io.learnpath.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;

/** The handler is for servlet services; the gateway (reactive) has its own, and a worker has no web layer. */
class ProblemDetailsAutoConfigurationTest {

    private static final AutoConfigurations PROBLEM_DETAILS =
            AutoConfigurations.of(ProblemDetailsAutoConfiguration.class);

    @Test
    void aServletServiceAnswersProblems() {
        new WebApplicationContextRunner().withConfiguration(PROBLEM_DETAILS)
                .run(context -> assertThat(context).hasSingleBean(ProblemDetailsHandler.class));
    }

    @Test
    void aReactiveApplicationDoesNotGetIt() {
        new ReactiveWebApplicationContextRunner().withConfiguration(PROBLEM_DETAILS)
                .run(context -> assertThat(context).doesNotHaveBean(ProblemDetailsHandler.class));
    }

    @Test
    void aNonWebApplicationDoesNotGetIt() {
        new ApplicationContextRunner().withConfiguration(PROBLEM_DETAILS)
                .run(context -> assertThat(context).doesNotHaveBean(ProblemDetailsHandler.class));
    }
}
