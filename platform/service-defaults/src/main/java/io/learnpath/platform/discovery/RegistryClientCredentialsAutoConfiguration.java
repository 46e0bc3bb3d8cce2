package io.learnpath.platform.discovery;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.netflix.eureka.http.EurekaClientHttpRequestFactorySupplier;
import org.springframework.cloud.netflix.eureka.http.RestClientDiscoveryClientOptionalArgs;
import org.springframework.context.annotation.Bean;
import org.springframework.http.client.support.BasicAuthenticationInterceptor;
import org.springframework.web.client.RestClient;

/**
 * Makes the Eureka client sign in to the registry. Spring Cloud's client would also take the credentials from the
 * registry's URL ({@code http://user:password@host/eureka/}), but Netflix's client logs that URL at INFO whenever
 * the registry is unreachable ("Request execution error. endpoint=DefaultEndpoint{ serviceUrl=...}"), which would
 * put the password in every service's log; here it only ever travels in the Authorization header.
 *
 * <p>Replaces the client's default {@link RestClientDiscoveryClientOptionalArgs} (which it backs off for), with
 * its own {@link RestClient.Builder} rather than the application's, so the registry's credentials never reach a
 * client the service builds for anything else.
 */
@AutoConfiguration(
        beforeName = "org.springframework.cloud.netflix.eureka.config.DiscoveryClientOptionalArgsConfiguration")
@ConditionalOnClass(RestClientDiscoveryClientOptionalArgs.class)
@ConditionalOnProperty(value = "eureka.client.enabled", matchIfMissing = true)
// The RestClient transport, the services' (the registry itself has Jersey's client, and registers nowhere)
@ConditionalOnProperty(value = "eureka.client.webclient.enabled", havingValue = "false", matchIfMissing = true)
@ConditionalOnMissingClass("org.glassfish.jersey.client.JerseyClient")
@EnableConfigurationProperties(RegistryCredentials.class)
public class RegistryClientCredentialsAutoConfiguration {

    @Bean
    RestClientDiscoveryClientOptionalArgs registryClientWithCredentials(RegistryCredentials credentials,
            EurekaClientHttpRequestFactorySupplier requestFactories) {
        BasicAuthenticationInterceptor signIn =
                new BasicAuthenticationInterceptor(credentials.user(), credentials.requiredPassword());
        return new RestClientDiscoveryClientOptionalArgs(requestFactories,
                () -> RestClient.builder().requestInterceptor(signIn));
    }
}
