package io.learnpath.platform.test;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.util.ClassUtils;

/**
 * Points the context at the shared servers it uses, with a fresh database. A server is started only when the
 * service has the matching Spring Boot module (a gateway test never waits for PostgreSQL). All instances are
 * equal, so Spring's context cache still reuses one context across test classes with the same configuration.
 */
final class RealInfrastructureContextCustomizer implements ContextCustomizer {

    private static final String JDBC = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration";
    private static final String KAFKA = "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration";
    private static final String REDIS = "org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration";

    @Override
    public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
        ClassLoader classLoader = context.getClassLoader();
        TestInfrastructure infrastructure = TestInfrastructure.shared();
        Map<String, Object> properties = new HashMap<>();
        if (ClassUtils.isPresent(JDBC, classLoader)) {
            String database = "test_" + UUID.randomUUID().toString().replace("-", "");
            infrastructure.createDatabase(database);
            properties.put("spring.datasource.url", infrastructure.jdbcUrl(database));
            properties.put("spring.datasource.username", infrastructure.databaseUser());
            properties.put("spring.datasource.password", infrastructure.databasePassword());
        }
        if (ClassUtils.isPresent(KAFKA, classLoader)) {
            properties.put("spring.kafka.bootstrap-servers", infrastructure.kafkaBootstrapServers());
        }
        if (ClassUtils.isPresent(REDIS, classLoader)) {
            properties.put("spring.data.redis.host", infrastructure.redisHost());
            properties.put("spring.data.redis.port", infrastructure.redisPort());
        }
        properties.put("learnpath.security.jwt.jwks-uri", TestTokens.shared().jwksUri().toString());
        // Only Eureka is switched off: Spring Cloud's simple discovery client stays available for lb:// routes.
        properties.put("eureka.client.enabled", false);
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
