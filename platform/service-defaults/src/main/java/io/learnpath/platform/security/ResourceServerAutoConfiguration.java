package io.learnpath.platform.security;

import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every servlet service is an OAuth2 resource server: it verifies the access token again even though the
 * gateway already did (zero trust between hops), and refuses anything not listed in
 * {@code learnpath.security.jwt.public-paths}. The actuator's health, info and prometheus endpoints stay open for
 * probes and scraping; they are never routed through the gateway. Whichever {@link JwtDecoder} the service has (the
 * platform's from the JWKS, or the auth-service's own), the filter chain wraps it in the revocation check of
 * {@link AccessTokenRevocations}.
 */
@AutoConfiguration(beforeName = {
        "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration" })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({ JwtDecoder.class, SecurityFilterChain.class })
@EnableConfigurationProperties(JwtProperties.class)
public class ResourceServerAutoConfiguration {

    /** Every service's administration API, by convention under {@code /api/<service>/admin/}. */
    static final String ADMIN_PATHS = "/api/*/admin/**";

    @Bean
    @ConditionalOnMissingBean
    JwtDecoder jwtDecoder(JwtProperties properties) {
        return AccessTokenDecoders.fromJwkSetUri(properties);
    }

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain resourceServerFilterChain(HttpSecurity http, JwtProperties properties, JsonMapper json,
            JwtDecoder decoder, ObjectProvider<AccessTokenRevocations> revocations) throws Exception {
        ProblemSecurityResponses problems = new ProblemSecurityResponses(json);
        JwtDecoder refusingRevoked = revocations.getIfAvailable(() -> {
            throw new IllegalStateException("A resource server checks whether access tokens were revoked, in "
                    + "Redis: add spring-boot-starter-data-redis to the service");
        }).refusingRevoked(decoder);
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.disable())
                .anonymous(Customizer.withDefaults())
                .authorizeHttpRequests(authorize -> {
                    authorize.requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/prometheus", "/error")
                            .permitAll();
                    permitPublicPaths(authorize, properties.publicPaths());
                    // Checked here, before the request is read: a role check inside the controller would come after
                    // the body's validation, and tell a learner what an administrator's request must look like.
                    authorize.requestMatchers(ADMIN_PATHS).hasRole("ADMIN");
                    restrictRolePaths(authorize, properties.rolePaths());
                    authorize.anyRequest().authenticated();
                })
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .bearerTokenResolver(ignoredOnPublicPaths(properties.publicPaths()))
                        .jwt(jwt -> jwt.decoder(refusingRevoked)
                                .jwtAuthenticationConverter(RolesAsAuthorities.converter()))
                        .authenticationEntryPoint(problems.unauthorized())
                        .accessDeniedHandler(problems.forbidden())
                        // The configurer has no setter for it; the filter has.
                        .withObjectPostProcessor(new ObjectPostProcessor<BearerTokenAuthenticationFilter>() {
                            @Override
                            public <O extends BearerTokenAuthenticationFilter> O postProcess(O filter) {
                                filter.setAuthenticationFailureHandler(problems.tokenCheckFailed());
                                return filter;
                            }
                        }))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(problems.unauthorized())
                        .accessDeniedHandler(problems.forbidden()));
        return http.build();
    }

    @Bean
    WebMvcConfigurer authenticatedLearnerResolver() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new AuthenticatedLearnerArgumentResolver());
            }
        };
    }

    /**
     * A token sent to a public path is not looked at: a client refreshing or signing out with an expired access
     * token still in its headers must not get a 401 from an endpoint that needs no token.
     */
    static BearerTokenResolver ignoredOnPublicPaths(List<String> publicPaths) {
        List<PublicPath> open = publicPaths.stream().map(PublicPath::parse).toList();
        DefaultBearerTokenResolver bearer = new DefaultBearerTokenResolver();
        return request -> {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            HttpMethod method = HttpMethod.valueOf(request.getMethod());
            return open.stream().anyMatch(entry -> entry.matches(method, path)) ? null : bearer.resolve(request);
        };
    }

    private static void restrictRolePaths(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry authorize,
            List<String> rolePaths) {
        for (String entry : rolePaths) {
            String[] rolesAndPattern = entry.trim().split("\\s+");
            if (rolesAndPattern.length != 2 || !rolesAndPattern[1].startsWith("/")) {
                throw new IllegalArgumentException("learnpath.security.jwt.role-paths entries look like"
                        + " 'EDITOR,ADMIN /api/content/draft/**', not '" + entry + "'");
            }
            authorize.requestMatchers(rolesAndPattern[1]).hasAnyRole(rolesAndPattern[0].split(","));
        }
    }

    private static void permitPublicPaths(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry authorize,
            List<String> publicPaths) {
        for (String entry : publicPaths) {
            PublicPath path = PublicPath.parse(entry);
            if (path.method() != null) {
                authorize.requestMatchers(path.method(), path.pattern()).permitAll();
                if (path.opens(HttpMethod.HEAD)) {
                    authorize.requestMatchers(HttpMethod.HEAD, path.pattern()).permitAll();
                }
            } else {
                authorize.requestMatchers(path.pattern()).permitAll();
            }
        }
    }
}
