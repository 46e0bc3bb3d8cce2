package io.learnpath.platform.web;

import java.util.Arrays;
import org.apache.catalina.Context;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.startup.Tomcat;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.DispatcherServlet;
import tools.jackson.databind.json.JsonMapper;

/**
 * Errors that never reach a controller are problems too. Spring Boot answers those that end in the container's
 * error page with its own JSON ({@code BasicErrorController}), and Tomcat those it refuses before the application
 * with an HTML page; a servlet service gets {@link ProblemErrorController} for the first (Boot's backs off when an
 * {@link ErrorController} exists) and, on Tomcat, {@link ProblemErrorReportValve} for the second. The reactive
 * gateway has its own.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({ DispatcherServlet.class, ErrorController.class, JsonMapper.class })
public class ContainerErrorsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(ErrorController.class)
    ProblemErrorController problemErrorController() {
        return new ProblemErrorController();
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass({ Tomcat.class, TomcatServletWebServerFactory.class })
    static class TomcatErrorReport {

        @Bean
        WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReportValve() {
            return factory -> factory.addContextCustomizers(TomcatErrorReport::answerErrorsAsProblems);
        }

        /**
         * Makes {@link ProblemErrorReportValve} the host's only error report valve. Spring Boot adds a plain
         * {@link ErrorReportValve} of its own in another customizer ({@code server.error.include-stacktrace: never}),
         * and the host adds one at start unless its error report valve class is already in the pipeline: so the swap
         * is made as the host starts, after every customizer has run, whatever their order.
         */
        static void answerErrorsAsProblems(Context context) {
            if (!(context.getParent() instanceof StandardHost host)) {
                return;
            }
            host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
            host.addLifecycleListener(event -> {
                if (Lifecycle.BEFORE_START_EVENT.equals(event.getType())) {
                    Pipeline pipeline = host.getPipeline();
                    Arrays.stream(pipeline.getValves())
                            .filter(valve -> valve instanceof ErrorReportValve
                                    && !(valve instanceof ProblemErrorReportValve))
                            .forEach(pipeline::removeValve);
                    if (Arrays.stream(pipeline.getValves()).noneMatch(ProblemErrorReportValve.class::isInstance)) {
                        pipeline.addValve(new ProblemErrorReportValve());
                    }
                }
            });
        }
    }
}
