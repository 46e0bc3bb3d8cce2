package io.learnpath.auth.keys;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.stereotype.Component;

/**
 * The service's signing keys, kept in its database so tokens stay valid across restarts and every instance signs
 * with the same key. The first instance to start on a table without an active key generates one; when two start
 * at once, exactly one insert wins and both then read the winner.
 */
@Component
@DependsOnDatabaseInitialization // reads its table while starting, so Flyway must have created it
public class SigningKeyStore {

    private static final Logger log = LoggerFactory.getLogger(SigningKeyStore.class);

    private final SigningKeyRepository repository;
    private final SigningKeyProperties properties;
    private final Clock clock;
    private final SigningKey active;
    private volatile Snapshot verificationKeys;

    SigningKeyStore(SigningKeyRepository repository, SigningKeyProperties properties, Clock clock) {
        this.repository = repository;
        this.properties = properties;
        this.clock = clock;
        this.active = loadOrCreateActiveKey();
        this.verificationKeys = readVerificationKeys();
    }

    /** The key new tokens are signed with. */
    public SigningKey activeKey() {
        return active;
    }

    /** The public halves of every stored key, as published in the JWKS. */
    public JWKSet publicKeys() {
        return current().keys();
    }

    /** Only the active key, private part included: what the token encoder may pick from. */
    public JWKSource<SecurityContext> signingKeySource() {
        JWKSet signing = new JWKSet(active.jwk());
        return (selector, context) -> selector.select(signing);
    }

    /**
     * The public keys for verifying tokens locally. A kid this instance has not read yet (a key another instance
     * stored after this one read the table) makes it read the table again, at most once per second so a flood of
     * forged kids cannot turn into a flood of queries.
     */
    public JWKSource<SecurityContext> verificationKeySource() {
        return (selector, context) -> {
            List<JWK> selected = selector.select(current().keys());
            Snapshot snapshot = verificationKeys;
            if (selected.isEmpty() && snapshot.readAt().isBefore(clock.instant().minusSeconds(1))) {
                verificationKeys = readVerificationKeys();
                selected = selector.select(verificationKeys.keys());
            }
            return selected;
        };
    }

    private Snapshot current() {
        Snapshot snapshot = verificationKeys;
        if (snapshot.readAt().plus(properties.refreshAfter()).isBefore(clock.instant())) {
            snapshot = readVerificationKeys();
            verificationKeys = snapshot;
        }
        return snapshot;
    }

    private SigningKey loadOrCreateActiveKey() {
        Optional<SigningKey> existing = repository.findActive();
        if (existing.isPresent()) {
            log.info("Signing with key {}", existing.get().kid());
            return existing.get();
        }
        boolean inserted = repository.insertActiveUnlessOneIs(generate(),
                clock.instant().truncatedTo(ChronoUnit.MICROS));
        SigningKey winner = repository.findActive().orElseThrow(
                () -> new IllegalStateException("No active signing key after inserting one"));
        log.info(inserted ? "Generated signing key {}" : "Another instance generated signing key {}", winner.kid());
        return winner;
    }

    private Snapshot readVerificationKeys() {
        return new Snapshot(new JWKSet(repository.findPublicKeys()), clock.instant());
    }

    private RSAKey generate() {
        try {
            RSAKey key = new RSAKeyGenerator(properties.rsaKeySize())
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .generate();
            // The RFC 7638 thumbprint as kid: derived from the public key, so it can never name two keys.
            return new RSAKey.Builder(key).keyIDFromThumbprint().build();
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not generate a signing key", e);
        }
    }

    private record Snapshot(JWKSet keys, Instant readAt) {
    }
}
