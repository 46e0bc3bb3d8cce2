package io.learnpath.progress.summary.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * ETag on the summary, so a client polling its progress gets 304 without the body while nothing changed. The
 * summary is computed anyway; what is saved is the transfer and the client's re-rendering. (The filter tags only
 * successful GETs, so the status updates under the same path pass through untouched.)
 */
@Configuration(proxyBeanMethods = false)
class SummaryEtags {

    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> summaryEtagFilter() {
        FilterRegistrationBean<ShallowEtagHeaderFilter> registration =
                new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
        registration.addUrlPatterns("/api/progress/roadmaps/*");
        return registration;
    }
}
