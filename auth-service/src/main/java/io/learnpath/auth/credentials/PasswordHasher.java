package io.learnpath.auth.credentials;

import io.learnpath.auth.credentials.policy.PasswordPolicy;
import jakarta.annotation.PreDestroy;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Hashes and verifies passwords with Argon2id (salt 16 bytes, hash 32 bytes), through Spring Security's encoder
 * backed by BouncyCastle. The encoded form carries its own parameters ({@code $argon2id$v=19$m=19456,t=2,p=1$...}),
 * which is what lets {@link #needsRehash} spot hashes made with older settings.
 *
 * <p>Argon2 runs on a few platform threads of its own, one per core, never on the request's thread, and the queue
 * in front of them is where sign-ins wait their turn. Each hash takes 19 MiB and tens of milliseconds of a core: on
 * the request threads (two hundred of Tomcat's, or virtual ones if a deployment turns them on) a burst of sign-ins
 * would hash all at once, fill the heap and starve every other request of the service; and a virtual thread is not
 * preempted, so its hashing would hold a carrier (one per core) until done.
 */
@Component
public class PasswordHasher {

    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    // What is verified in place of a password that cannot be encoded; it matches nothing, like any wrong password.
    private static final String DECOY_INPUT = "not a password anyone has";

    private final Argon2PasswordEncoder encoder;
    private final String decoyHash;
    private final ExecutorService hashing = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(),
            Thread.ofPlatform().name("argon2-", 0).daemon().factory());

    public PasswordHasher(PasswordHashingProperties properties) {
        this.encoder = new Argon2PasswordEncoder(SALT_BYTES, HASH_BYTES, properties.parallelism(),
                properties.memoryKib(), properties.iterations());
        // A hash of a random secret nobody knows, with the current parameters: verifying against it costs the same
        // as verifying a real account's hash, and it never matches.
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.decoyHash = encoder.encode(HexFormat.of().formatHex(secret));
    }

    public String hash(String password) {
        return onHashingThread(() -> encoder.encode(normalise(password)));
    }

    /**
     * False for text that is not valid Unicode (a lone surrogate): no account can have such a password, since
     * registration refuses it, and the encoder could not encode it. The decoy is verified instead, so the answer
     * takes as long as for any other wrong password.
     */
    public boolean matches(String password, String storedHash) {
        if (!PasswordPolicy.isWellFormed(password)) {
            onHashingThread(() -> encoder.matches(normalise(DECOY_INPUT), storedHash));
            return false;
        }
        return onHashingThread(() -> encoder.matches(normalise(password), storedHash));
    }

    /** True when the hash was made with other parameters than today's and should be replaced. */
    public boolean needsRehash(String storedHash) {
        return encoder.upgradeEncoding(storedHash);
    }

    /**
     * Does the work of one verification and throws the answer away. Called for unknown emails so that a failed
     * sign-in takes as long whether or not the account exists.
     */
    public void verifyAgainstDecoy(String password) {
        onHashingThread(() -> encoder.matches(
                normalise(PasswordPolicy.isWellFormed(password) ? password : DECOY_INPUT), decoyHash));
    }

    @PreDestroy
    void stop() {
        hashing.shutdownNow();
    }

    private <T> T onHashingThread(Callable<T> work) {
        try {
            return hashing.submit(work).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while hashing a password", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("Password hashing failed", e.getCause());
        }
    }

    // NIST SP 800-63B: the same passphrase typed on two keyboards can arrive as different code points (composed or
    // decomposed accents); NFKC makes them one password.
    private static String normalise(String password) {
        return Normalizer.normalize(password, Normalizer.Form.NFKC);
    }
}
