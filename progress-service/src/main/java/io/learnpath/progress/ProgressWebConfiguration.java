package io.learnpath.progress;

import java.time.Clock;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

@Configuration(proxyBeanMethods = false)
class ProgressWebConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /**
     * ETag on the summary, so a client polling its progress gets 304 without the body while nothing changed. The
     * summary is computed anyway; what is saved is the transfer and the client's re-rendering.
     */
    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> summaryEtags() {
        FilterRegistrationBean<ShallowEtagHeaderFilter> registration =
                new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
        registration.addUrlPatterns("/api/progress/roadmaps/*");
        return registration;
    }
}
