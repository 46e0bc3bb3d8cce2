package io.learnpath.gateway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The only public entry to Learnpath: checks access tokens, limits request rates per learner (or per address
 * for anonymous callers), and routes {@code /api/{auth,content,progress,notifications}/**} to the services it
 * finds in Eureka, behind a circuit breaker per service. Routes live in {@code application.yml}.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GatewayApplication {

    public static void main(String[] args) {
        SpringApplication.run(GatewayApplication.class, args);
    }
}
