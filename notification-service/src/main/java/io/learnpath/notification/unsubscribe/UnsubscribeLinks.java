package io.learnpath.notification.unsubscribe;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.learnpath.notification.email.EmailProperties;
import io.learnpath.notification.preferences.Channel;
import io.learnpath.notification.preferences.NotificationType;
import java.text.ParseException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * Signed one-click unsubscribe links: an HS256 JWT (Nimbus) naming the learner and the notification type, under
 * a key only this service holds. The signature is the credential, as RFC 8058 needs (the mail client POSTs to the
 * link without anyone signing in), so a link can neither be forged nor altered to name someone else. Links do not
 * expire: a mail read months later must still unsubscribe.
 */
@Component
public class UnsubscribeLinks {

    static final String PATH = "/api/notifications/unsubscribe";
    private static final String AUDIENCE = "learnpath-unsubscribe";
    private static final String TYPE_CLAIM = "typ";

    private final Supplier<byte[]> key;
    private final String baseUrl;

    UnsubscribeLinks(SigningKeys keys, EmailProperties properties) {
        this.key = SingletonSupplier.of(() -> keys.keyFor("unsubscribe"));
        this.baseUrl = properties.publicBaseUrl().replaceAll("/+$", "");
    }

    /** The link for {@code type}, or empty when the learner cannot switch its mail off (account security). */
    public Optional<String> linkFor(UUID learnerId, NotificationType type) {
        if (!type.offers(Channel.EMAIL) || type.isLocked(Channel.EMAIL)) {
            return Optional.empty();
        }
        // A compact JWS is base64url and dots: safe in a query string as it is.
        return Optional.of(baseUrl + PATH + "?token=" + token(learnerId, type));
    }

    String token(UUID learnerId, NotificationType type) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().subject(learnerId.toString()).audience(AUDIENCE)
                .claim(TYPE_CLAIM, type.name()).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        try {
            jwt.sign(new MACSigner(key.get()));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign an unsubscribe link", e);
        }
        return jwt.serialize();
    }

    /** The unsubscription a token asks for, or empty when it is not one of ours, altered, or names no known type. */
    Optional<Unsubscription> read(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(new MACVerifier(key.get()))) {
                return Optional.empty();
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            if (!List.of(AUDIENCE).equals(claims.getAudience())) {
                return Optional.empty();
            }
            NotificationType type = NotificationType.valueOf(claims.getStringClaim(TYPE_CLAIM));
            return Optional.of(new Unsubscription(UUID.fromString(claims.getSubject()), type));
        } catch (ParseException | JOSEException | IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
