package io.learnpath.auth.wellknown;

import io.learnpath.auth.keys.SigningKeyStore;
import io.learnpath.platform.security.AccessTokenValidators;
import io.learnpath.platform.security.JwtProperties;
import io.learnpath.platform.security.RolesClaim;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public key set (RFC 7517) every service verifies tokens with, and an OpenID-Connect-style discovery
 * document (OpenID Connect Discovery 1.0) that names it. Both change rarely and may be cached for five minutes.
 */
@RestController
@RequestMapping("/api/auth/.well-known")
@Tag(name = "Keys and discovery", description = "The token-signing public keys (JWKS) and the discovery document")
class WellKnownController {

    static final MediaType JWK_SET = MediaType.parseMediaType("application/jwk-set+json");
    private static final CacheControl FIVE_MINUTES = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();

    private final SigningKeyStore keys;
    private final JwtProperties jwt;
    private final PublicBaseUrl publicBaseUrl;

    WellKnownController(SigningKeyStore keys, JwtProperties jwt, PublicBaseUrl publicBaseUrl) {
        this.keys = keys;
        this.jwt = jwt;
        this.publicBaseUrl = publicBaseUrl;
    }

    @Operation(summary = "List the token-signing public keys", description = "A JSON Web Key Set; needs no token.")
    @GetMapping("/jwks.json")
    ResponseEntity<String> jwks() {
        // toString() of a JWKSet prints public keys only, whatever the set holds.
        return ResponseEntity.ok().cacheControl(FIVE_MINUTES).contentType(JWK_SET).body(keys.publicKeys().toString());
    }

    @Operation(summary = "Describe the token service", description = "The discovery document: issuer, key set, "
            + "endpoints and algorithms. Needs no token.")
    @GetMapping("/openid-configuration")
    ResponseEntity<Map<String, Object>> openIdConfiguration() {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("issuer", jwt.issuer());
        document.put("jwks_uri", publicBaseUrl.resolve("/api/auth/.well-known/jwks.json"));
        document.put("token_endpoint", publicBaseUrl.resolve("/api/auth/login"));
        document.put("userinfo_endpoint", publicBaseUrl.resolve("/api/auth/me"));
        document.put("revocation_endpoint", publicBaseUrl.resolve("/api/auth/logout"));
        document.put("registration_endpoint", publicBaseUrl.resolve("/api/auth/register"));
        // Learnpath's own: where a refresh token is exchanged (JSON body, not the form-encoded OAuth grant).
        document.put("refresh_endpoint", publicBaseUrl.resolve("/api/auth/refresh"));
        document.put("grant_types_supported", List.of("password", "refresh_token"));
        document.put("response_types_supported", List.of("token"));
        document.put("subject_types_supported", List.of("public"));
        document.put("token_endpoint_auth_methods_supported", List.of("none"));
        document.put("id_token_signing_alg_values_supported", List.of(AccessTokenValidators.ALGORITHM.getName()));
        document.put("claims_supported", List.of("iss", "aud", "sub", "iat", "nbf", "exp", "jti", RolesClaim.NAME));
        return ResponseEntity.ok().cacheControl(FIVE_MINUTES).contentType(MediaType.APPLICATION_JSON).body(document);
    }
}
