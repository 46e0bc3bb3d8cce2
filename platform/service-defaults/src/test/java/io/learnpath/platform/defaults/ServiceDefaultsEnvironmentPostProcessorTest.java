package io.learnpath.platform.defaults;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class ServiceDefaultsEnvironmentPostProcessorTest {

    private final ServiceDefaultsEnvironmentPostProcessor processor = new ServiceDefaultsEnvironmentPostProcessor();

    @Test
    void suppliesDefaultsBuiltFromTheServicesOwnSettings() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("service",
                Map.of("learnpath.database", "progress", "spring.application.name", "progress-service")));

        processor.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("spring.datasource.url"))
                .isEqualTo("jdbc:postgresql://localhost:15432/progress");
        assertThat(environment.getProperty("spring.kafka.producer.acks")).isEqualTo("all");
        assertThat(environment.getProperty("spring.kafka.consumer.group-id")).isEqualTo("progress-service");
        assertThat(environment.getProperty("management.endpoints.web.exposure.include"))
                .isEqualTo("health,prometheus");
    }

    @Test
    void anythingTheServiceOrTheEnvironmentSetsWins() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("service",
                Map.of("spring.kafka.bootstrap-servers", "kafka:9092", "DB_URL", "jdbc:postgresql://db:5432/x")));

        processor.postProcessEnvironment(environment, new SpringApplication());
        processor.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("spring.kafka.bootstrap-servers")).isEqualTo("kafka:9092");
        assertThat(environment.getProperty("spring.datasource.url")).isEqualTo("jdbc:postgresql://db:5432/x");
        assertThat(environment.getPropertySources().stream()
                .filter(source -> source.getName().startsWith(ServiceDefaultsEnvironmentPostProcessor.SOURCE_NAME)))
                .hasSize(1);
    }
}
