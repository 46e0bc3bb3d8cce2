package io.learnpath.platform.test;

import java.util.Map;
import java.util.UUID;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Points the context at the shared servers, with a fresh database. All instances are equal, so Spring's context
 * cache still reuses one context across test classes with the same configuration.
 */
final class RealInfrastructureContextCustomizer implements ContextCustomizer {

    @Override
    public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
        TestInfrastructure infrastructure = TestInfrastructure.shared();
        String database = "test_" + UUID.randomUUID().toString().replace("-", "");
        infrastructure.createDatabase(database);
        Map<String, Object> properties = Map.ofEntries(
                Map.entry("spring.datasource.url", infrastructure.jdbcUrl(database)),
                Map.entry("spring.datasource.username", infrastructure.databaseUser()),
                Map.entry("spring.datasource.password", infrastructure.databasePassword()),
                Map.entry("spring.kafka.bootstrap-servers", infrastructure.kafkaBootstrapServers()),
                Map.entry("spring.data.redis.host", infrastructure.redisHost()),
                Map.entry("spring.data.redis.port", infrastructure.redisPort()),
                Map.entry("learnpath.security.jwt.jwks-uri", TestTokens.shared().jwksUri().toString()),
                Map.entry("eureka.client.enabled", false),
                Map.entry("spring.cloud.discovery.enabled", false));
        context.getEnvironment().getPropertySources()
                .addFirst(new MapPropertySource("learnpathRealInfrastructure", properties));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RealInfrastructureContextCustomizer;
    }

    @Override
    public int hashCode() {
        return RealInfrastructureContextCustomizer.class.hashCode();
    }
}
