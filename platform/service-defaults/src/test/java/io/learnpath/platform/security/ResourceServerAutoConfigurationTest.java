package io.learnpath.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.learnpath.platform.defaults.ClockAutoConfiguration;
import io.learnpath.platform.infrastructure.FreePorts;
import io.learnpath.platform.web.ProblemTypes;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.servlet.Filter;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every servlet service is a resource server unless it declares its own decoder or filter chain (the auth-service
 * does); the gateway (reactive) and non-web applications are left alone.
 */
class ResourceServerAutoConfigurationTest {

    private static final AutoConfigurations SECURITY = AutoConfigurations.of(ResourceServerAutoConfiguration.class,
            AccessTokenRevocationAutoConfiguration.class, ClockAutoConfiguration.class,
            DataRedisAutoConfiguration.class, SecurityAutoConfiguration.class,
            ServletWebSecurityAutoConfiguration.class, JacksonAutoConfiguration.class,
            HttpMessageConvertersAutoConfiguration.class, WebMvcAutoConfiguration.class);

    // Redis at a port where nothing listens: a client that never needs to connect here, as no token is checked.
    private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
            .withConfiguration(SECURITY)
            .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
            .withPropertyValues("spring.data.redis.port=" + FreePorts.any())
            .withPropertyValues("learnpath.security.jwt.jwks-uri=http://localhost:1/jwks.json",
                    "learnpath.security.jwt.issuer=http://localhost/api/auth",
                    "learnpath.security.jwt.audience=learnpath",
                    "learnpath.security.jwt.public-paths=GET /api/shelf/books/**");

    @RestController
    static class ShelfController {

        @GetMapping("/api/shelf/books/dune")
        String publicBook() {
            return "dune";
        }

        @GetMapping("/api/shelf/loans")
        String loans() {
            return "loans";
        }
    }

    @Test
    void aServletServiceChecksTokensWithTheJwksDecoderAndItsFilterChain() {
        // Without the cache of verified tokens, the decoder is Nimbus's itself.
        runner.withPropertyValues("learnpath.security.jwt.verified-token-cache-ttl=0s").run(context -> {
            assertThat(context).getBean(JwtDecoder.class).isInstanceOf(NimbusJwtDecoder.class);
            assertThat(context).hasSingleBean(SecurityFilterChain.class).hasBean("resourceServerFilterChain");
        });
        runner.run(context -> assertThat(context).hasSingleBean(JwtDecoder.class)
                .getBean(JwtDecoder.class).isNotInstanceOf(NimbusJwtDecoder.class));
    }

    @Test
    void aServletServiceWithoutRedisDoesNotStartRatherThanMissRevokedTokens() {
        runner.withClassLoader(new FilteredClassLoader(StringRedisTemplate.class)).run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("spring-boot-starter-data-redis");
        });
    }

    @Test
    void backsOffForTheServicesOwnDecoder() {
        JwtDecoder own = token -> {
            throw new UnsupportedOperationException("never called here");
        };
        runner.withBean(JwtDecoder.class, () -> own)
                .run(context -> assertThat(context).getBean(JwtDecoder.class).isSameAs(own));
    }

    @Test
    void backsOffForTheServicesOwnFilterChain() {
        runner.withUserConfiguration(OwnFilterChain.class).run(context -> {
            assertThat(context).hasSingleBean(SecurityFilterChain.class).hasBean("ownFilterChain")
                    .doesNotHaveBean("resourceServerFilterChain");
        });
    }

    @Test
    void withoutSpringSecuritysResourceServerNothingIsConfigured() {
        runner.withClassLoader(new FilteredClassLoader(JwtDecoder.class))
                .run(context -> assertThat(context).doesNotHaveBean(ResourceServerAutoConfiguration.class)
                        .doesNotHaveBean("resourceServerFilterChain"));
    }

    @Test
    void reactiveAndNonWebApplicationsAreLeftAlone() {
        new ReactiveWebApplicationContextRunner().withConfiguration(
                        AutoConfigurations.of(ResourceServerAutoConfiguration.class))
                .run(context -> assertThat(context).doesNotHaveBean(JwtDecoder.class)
                        .doesNotHaveBean(ResourceServerAutoConfiguration.class));
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(ResourceServerAutoConfiguration.class))
                .run(context -> assertThat(context).doesNotHaveBean(JwtDecoder.class)
                        .doesNotHaveBean(ResourceServerAutoConfiguration.class));
    }

    @Test
    void withoutATokenAProtectedPathIsAnUnauthorizedProblemAndAPublicPathIsOpen() {
        runner.withUserConfiguration(ShelfController.class).run(context -> {
            MockMvc mvc = MockMvcBuilders.webAppContextSetup(context)
                    .addFilters(context.getBean("springSecurityFilterChain", Filter.class))
                    .build();

            mvc.perform(get("/api/shelf/loans"))
                    .andExpect(status().isUnauthorized())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                    .andExpect(jsonPath("$.type").value(ProblemTypes.UNAUTHORIZED.toString()));
            mvc.perform(get("/api/shelf/loans").header("Authorization", "Bearer not-a-jwt"))
                    .andExpect(status().isUnauthorized());
            mvc.perform(get("/api/shelf/books/dune"))
                    .andExpect(status().isOk())
                    .andExpect(content().string("dune"));
            // A stale token sent along to a public path is not even looked at.
            mvc.perform(get("/api/shelf/books/dune").header("Authorization", "Bearer not-a-jwt"))
                    .andExpect(status().isOk());
        });
    }

    @Test
    void aTokenThatCannotBeCheckedForWantOfKeysIsServiceUnavailableNotUnauthorized() throws Exception {
        try (SilentKeyServer keyServer = new SilentKeyServer()) {
            runner.withUserConfiguration(ShelfController.class)
                    .withPropertyValues("learnpath.security.jwt.jwks-uri=" + keyServer.jwksUri(),
                            "learnpath.security.jwt.jwks-timeout=500ms")
                    .run(context -> {
                        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context)
                                .addFilters(context.getBean("springSecurityFilterChain", Filter.class))
                                .build();

                        mvc.perform(get("/api/shelf/loans").header("Authorization", "Bearer " + signedToken()))
                                .andExpect(status().isServiceUnavailable())
                                .andExpect(header().exists("Retry-After"))
                                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                                .andExpect(jsonPath("$.type").value(ProblemTypes.SERVICE_UNAVAILABLE.toString()));
                    });
        }
    }

    /** Well formed and signed, so that only its key is missing: any key will do, as it is never fetched. */
    private static String signedToken() throws Exception {
        RSAKey key = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
        Instant now = Instant.now();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                .type(new JOSEObjectType("at+jwt")).build(), new JWTClaimsSet.Builder()
                .subject(UUID.randomUUID().toString()).issuer("http://localhost/api/auth").audience("learnpath")
                .issueTime(Date.from(now)).notBeforeTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(900)))
                .build());
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnFilterChain {

        @Bean
        SecurityFilterChain ownFilterChain(HttpSecurity http) throws Exception {
            return http.authorizeHttpRequests(authorize -> authorize.anyRequest().permitAll()).build();
        }
    }
}
