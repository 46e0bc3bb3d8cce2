package io.learnpath.gateway.security;

import io.learnpath.gateway.problem.ProblemResponses;
import io.learnpath.gateway.problem.SecurityHeaders;
import io.learnpath.platform.security.AccessTokenDecoders;
import io.learnpath.platform.security.AccessTokenValidators;
import io.learnpath.platform.security.JwtProperties;
import io.learnpath.platform.security.ReactiveAccessTokenRevocations;
import io.learnpath.platform.security.RolesAsAuthorities;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.oauth2.server.resource.web.server.authentication.ServerBearerTokenAuthenticationConverter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.header.StaticServerHttpHeadersWriter;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;
import reactor.core.publisher.Mono;

/**
 * The gateway is an OAuth2 resource server: it checks every access token exactly as the services do (RS256 from
 * the auth-service's JWKS, {@code typ: at+jwt}, no key named in the header, {@code exp}/{@code nbf}, {@code iss},
 * {@code aud}, {@code sub}, via the platform's {@link AccessTokenValidators}, and not revoked, via
 * {@link ReactiveAccessTokenRevocations} reading Redis without blocking) so that a forged, stale or revoked token
 * is refused at the edge, before it costs a service anything. The {@code Authorization} header travels on
 * unchanged and each service verifies it again. The platform's own security auto-configuration is for servlet
 * services and does not apply here.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
@EnableConfigurationProperties({ JwtProperties.class, CorsProperties.class })
class GatewaySecurityConfiguration {

    @Bean
    ReactiveJwtDecoder accessTokenDecoder(JwtProperties properties, ReactiveAccessTokenRevocations revocations) {
        return revocations.refusingRevoked(AccessTokenDecoders.reactiveFromJwkSetUri(properties,
                KeySetClient.create(properties.jwksTimeout())));
    }

    @Bean
    SecurityWebFilterChain gatewaySecurity(ServerHttpSecurity http, ReactiveJwtDecoder accessTokenDecoder,
            JwtProperties properties, CorsConfigurationSource corsConfigurationSource, ProblemResponses problems) {
        ProblemAuthenticationEntryPoint unauthorized = new ProblemAuthenticationEntryPoint(problems);
        ProblemAccessDeniedHandler forbidden = new ProblemAccessDeniedHandler(problems);
        ServerWebExchangeMatcher publicEndpoints = PublicEndpoints.matcher(properties.publicPaths());
        return http
                // Bearer tokens only: nothing a browser sends by itself authenticates, so CSRF cannot happen.
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                // Stateless: no WebSession is ever created, neither for a context nor for a saved request.
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .cors(cors -> cors.configurationSource(corsConfigurationSource))
                // The services decide how their responses may be cached (ETag reads); the gateway must not
                // stamp "no-store" over a response that carries no Cache-Control of its own.
                .headers(headers -> headers.cache(ServerHttpSecurity.HeaderSpec.CacheSpec::disable)
                        // On every answer, not only on requests that arrived over TLS here: TLS ends in front of
                        // the gateway (a load balancer), so it never sees an https request itself. Browsers ignore
                        // the header on plain HTTP (RFC 6797, 8.1), so local http://localhost is unaffected.
                        .hsts(ServerHttpSecurity.HeaderSpec.HstsSpec::disable)
                        .writer(StaticServerHttpHeadersWriter.builder()
                                .header("Strict-Transport-Security", SecurityHeaders.STRICT_TRANSPORT_SECURITY)
                                .build()))
                .authorizeExchange(exchanges -> exchanges
                        .matchers(publicEndpoints).permitAll()
                        .anyExchange().authenticated())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .bearerTokenConverter(ignoredOn(publicEndpoints))
                        .jwt(jwt -> jwt.jwtDecoder(accessTokenDecoder)
                                .jwtAuthenticationConverter(
                                new ReactiveJwtAuthenticationConverterAdapter(RolesAsAuthorities.converter())))
                        .authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(forbidden))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(forbidden))
                .build();
    }

    @Bean
    CorsConfigurationSource corsConfigurationSource(CorsProperties cors) {
        CorsConfiguration configuration = new CorsConfiguration();
        configuration.setAllowedOrigins(cors.allowedOrigins());
        configuration.setAllowedMethods(cors.allowedMethods());
        configuration.setAllowedHeaders(cors.allowedHeaders());
        configuration.setExposedHeaders(cors.exposedHeaders());
        configuration.setAllowCredentials(cors.allowCredentials());
        configuration.setMaxAge(cors.maxAge());
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/api/**", configuration);
        return source;
    }

    /**
     * A token sent to a public path is not looked at: a client refreshing or signing out with an expired access
     * token still in its headers must not be refused by an endpoint that needs no token.
     */
    private static ServerAuthenticationConverter ignoredOn(ServerWebExchangeMatcher publicEndpoints) {
        ServerBearerTokenAuthenticationConverter bearer = new ServerBearerTokenAuthenticationConverter();
        return exchange -> publicEndpoints.matches(exchange)
                .flatMap(match -> match.isMatch() ? Mono.empty() : bearer.convert(exchange));
    }

}
