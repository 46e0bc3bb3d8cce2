package io.learnpath.discovery.security;

import io.learnpath.platform.discovery.RegistryCredentials;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Nobody reads or writes the registry without the components' credentials: it decides where the gateway sends
 * requests, so an anonymous registration would hand a stranger a share of the traffic (sign-ins included), and an
 * anonymous read would map every instance. The dashboard is behind the same credentials. Health and metrics stay
 * open for the probes and the scraper, as on every component.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RegistryCredentials.class)
class RegistrySecurity {

    static final String COMPONENT = "COMPONENT";

    @Bean
    SecurityFilterChain registryAccess(HttpSecurity http) {
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/prometheus").permitAll()
                        .anyRequest().hasRole(COMPONENT))
                .httpBasic(Customizer.withDefaults())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Eureka's clients send no CSRF token. Its writes take JSON or XML bodies, PUT and DELETE, which a
                // page on another site cannot send without a CORS preflight the registry never grants; the
                // dashboard only reads.
                .csrf(csrf -> csrf.ignoringRequestMatchers("/eureka/**"))
                .build();
    }

    @Bean
    UserDetailsService components(RegistryCredentials credentials) {
        return new InMemoryUserDetailsManager(User.withUsername(credentials.user())
                .password(MachineSecretEncoder.PREFIX + credentials.requiredPassword())
                .roles(COMPONENT)
                .build());
    }

    @Bean
    MachineSecretEncoder machineSecretEncoder() {
        return new MachineSecretEncoder();
    }
}
