package io.learnpath.auth.keys;

import io.learnpath.platform.security.AccessTokenDecoders;
import io.learnpath.platform.security.JwtProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * The auth-service verifies access tokens against its own key store instead of fetching its own JWKS over HTTP
 * as the platform's decoder would: no request to itself, and no dependency on the public URL being reachable
 * from inside. The decoder is the platform's, so every service agrees on what a valid token is.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(JwtProperties.class)
class LocalJwtDecoderConfiguration {

    @Bean
    JwtDecoder jwtDecoder(SigningKeyStore keys, JwtProperties properties) {
        return AccessTokenDecoders.fromKeySource(keys.verificationKeySource(), properties);
    }
}
