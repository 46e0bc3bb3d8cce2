package io.learnpath.platform.security;

import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;

/**
 * Turns the access token's {@code roles} claim into {@code ROLE_LEARNER}, {@code ROLE_EDITOR}, ... authorities,
 * the same way on every hop (the gateway wraps it for WebFlux).
 */
public final class RolesAsAuthorities {

    private RolesAsAuthorities() {
    }

    public static JwtAuthenticationConverter converter() {
        JwtGrantedAuthoritiesConverter authorities = new JwtGrantedAuthoritiesConverter();
        authorities.setAuthoritiesClaimName(RolesClaim.NAME);
        authorities.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(authorities);
        return converter;
    }
}
