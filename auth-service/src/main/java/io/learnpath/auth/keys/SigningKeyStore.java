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
import io.learnpath.auth.keys.SigningKeyRepository.StoredKey;
import io.learnpath.auth.secrets.UnusableEncryptionKeyException;
import io.learnpath.platform.security.JwtProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.stereotype.Component;

/**
 * The service's signing keys, kept in its database so tokens stay valid across restarts and every instance signs
 * with the same key. The first instance to start on a table without an active key generates one; when two start
 * at once, exactly one insert wins and both then read the winner.
 *
 * <p>Keys rotate: on a schedule ({@link #rotateIfDue()}) and on demand ({@link #rotate()}). The new key signs at
 * once on the instance that rotated, and on every other one at its next read of the table, at most
 * {@code refresh-after} later. The old key is retired but stays published (JWKS) and verifying until every token
 * it can have signed has expired: access-token TTL, plus the clock skew verifiers allow, plus
 * {@code refresh-after} (the other instances may sign with it that much longer). Then it is dropped.
 *
 * <p>Each instance keeps what it read as one immutable {@link KeyRing}, replaced as a whole. The key source the
 * token encoder picks from holds every private key this instance has signed with that is still published, so a
 * token whose header names the key that was active a moment ago still finds that key after a rotation.
 */
@Component
@DependsOnDatabaseInitialization // reads its table while starting, so Flyway must have created it
public class SigningKeyStore {

    private static final Logger log = LoggerFactory.getLogger(SigningKeyStore.class);
    /**
     * The shortest interval between two reads of the table that a request can cause (an unknown kid, a JWKS
     * request), so a flood of forged kids or JWKS requests cannot turn into a flood of queries.
     */
    private static final Duration MIN_READ_INTERVAL = Duration.ofSeconds(1);

    private final SigningKeyRepository repository;
    private final SigningKeyProperties properties;
    private final Duration retention;
    private final Clock clock;
    private volatile KeyRing ring;

    SigningKeyStore(SigningKeyRepository repository, SigningKeyProperties properties, SignedTokenLifetime lifetime,
            JwtProperties jwt, Clock clock) {
        this.repository = repository;
        this.properties = properties;
        this.retention = lifetime.accessTokenTtl().plus(jwt.clockSkew()).plus(properties.refreshAfter());
        this.clock = clock;
        int sealed = repository.sealPlainPrivateKeys();
        if (sealed > 0) {
            log.info("Sealed {} signing key(s) stored in plain PKCS#8 before private keys were encrypted", sealed);
        }
        ensureActiveKey();
        this.ring = read(KeyRing.EMPTY);
        log.info("Signing with key {}", ring.active().kid());
    }

    /** The key new tokens are signed with. */
    public SigningKey activeKey() {
        return ringNoOlderThan(properties.refreshAfter()).active();
    }

    /**
     * The public halves of every published key, as the JWKS answers them. Read again when older than a second: a
     * verifier that meets a new kid fetches the JWKS from whichever instance it reaches, and that one must already
     * publish the key another instance has just started to sign with.
     */
    public JWKSet publicKeys() {
        return ringNoOlderThan(MIN_READ_INTERVAL).published();
    }

    /** The private keys the token encoder may pick from, by the kid in the header it is given. */
    public JWKSource<SecurityContext> signingKeySource() {
        return (selector, context) -> selector.select(ringNoOlderThan(properties.refreshAfter()).signing());
    }

    /**
     * The public keys for verifying tokens locally. A kid this instance has not read yet (a key another instance
     * stored after this one read the table) makes it read the table again, at most once per second.
     */
    public JWKSource<SecurityContext> verificationKeySource() {
        return (selector, context) -> {
            List<JWK> selected = selector.select(ringNoOlderThan(properties.refreshAfter()).published());
            if (selected.isEmpty()) {
                selected = selector.select(ringNoOlderThan(MIN_READ_INTERVAL).published());
            }
            return selected;
        };
    }

    /**
     * Replaces the active key now. When another instance (or request) replaces the same key at the same moment,
     * one of them wins and both answer the winner's key.
     */
    public KeyRotation rotate() {
        StoredKey active = repository.findActive().orElseThrow(SigningKeyStore::noActiveKey);
        return replace(active.kid());
    }

    /** Replaces the active key if it is at least {@code rotate-after} old; safe on every instance at once. */
    public Optional<KeyRotation> rotateIfDue() {
        StoredKey active = repository.findActive().orElseThrow(SigningKeyStore::noActiveKey);
        if (active.createdAt().plus(properties.rotateAfter()).isAfter(clock.instant())) {
            return Optional.empty();
        }
        return Optional.of(replace(active.kid()));
    }

    /** Deletes retired keys whose every token has expired; they are out of the JWKS already. */
    public int dropExpiredKeys() {
        return repository.deleteRetiredBefore(clock.instant().minus(retention));
    }

    /** Retires {@code expectedKid} unless another instance has replaced it already; either way, reads the winner. */
    KeyRotation replace(String expectedKid) {
        boolean replaced = repository.replaceActive(expectedKid, generate(), now());
        String active;
        synchronized (this) {
            ring = read(ring);
            active = ring.active().kid();
        }
        log.info(replaced ? "Rotated the signing key: {} signs from now on, {} is retired"
                : "Another instance rotated the signing key: {} signs from now on, {} is retired", active, expectedKid);
        return new KeyRotation(active, expectedKid);
    }

    private KeyRing ringNoOlderThan(Duration maxAge) {
        KeyRing current = ring;
        if (!current.olderThan(maxAge, clock.instant())) {
            return current;
        }
        // One reader at a time, each building on the ring the one before it read: the signing keys carried over
        // from one ring to the next are never lost to two reads overtaking each other.
        synchronized (this) {
            current = ring;
            if (current.olderThan(maxAge, clock.instant())) {
                current = read(current);
                ring = current;
            }
            return current;
        }
    }

    private KeyRing read(KeyRing previous) {
        Instant now = clock.instant();
        List<StoredKey> published = repository.findPublished(now.minus(retention));
        StoredKey active = published.stream().filter(StoredKey::active).findFirst()
                .orElseThrow(SigningKeyStore::noActiveKey);
        SigningKey signing = active.kid().equals(previous.active().kid()) ? previous.active() : open(active.kid());
        Set<String> publishedKids = published.stream().map(StoredKey::kid).collect(Collectors.toSet());
        List<JWK> signingKeys = new ArrayList<>();
        signingKeys.add(signing.jwk());
        previous.signing().getKeys().stream()
                .filter(key -> !key.getKeyID().equals(signing.kid()) && publishedKids.contains(key.getKeyID()))
                .forEach(signingKeys::add);
        return new KeyRing(signing, new JWKSet(published.stream().map(key -> (JWK) key.publicKey()).toList()),
                new JWKSet(signingKeys), now);
    }

    private SigningKey open(String kid) {
        try {
            return repository.findSigningKey(kid).orElseThrow(SigningKeyStore::noActiveKey);
        } catch (UnusableEncryptionKeyException e) {
            throw new UnusableEncryptionKeyException("Cannot open signing key " + kid + ": " + e.getMessage(), e);
        }
    }

    private void ensureActiveKey() {
        if (repository.findActive().isPresent()) {
            return;
        }
        RSAKey generated = generate();
        boolean inserted = repository.insertActiveUnlessOneIs(generated, now());
        log.info(inserted ? "Generated signing key {}" : "Another instance generated the first signing key; not {}",
                generated.getKeyID());
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

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static IllegalStateException noActiveKey() {
        return new IllegalStateException("No active signing key in the signing_key table");
    }

    /**
     * What this instance read from the table, at {@code readAt}.
     *
     * @param active    the key new tokens are signed with
     * @param published the public halves of every key a valid token may be signed with
     * @param signing   the private keys this instance has signed with that are still published, active first
     */
    private record KeyRing(SigningKey active, JWKSet published, JWKSet signing, Instant readAt) {

        static final KeyRing EMPTY = new KeyRing(new SigningKey("", null), new JWKSet(), new JWKSet(), Instant.MIN);

        boolean olderThan(Duration maxAge, Instant now) {
            return readAt.plus(maxAge).isBefore(now);
        }
    }
}
