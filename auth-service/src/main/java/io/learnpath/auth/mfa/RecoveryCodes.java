package io.learnpath.auth.mfa;

import io.learnpath.auth.mfa.policy.RecoveryCodeFormat;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * One-time recovery codes: what signs a learner in, or turns MFA off, when the authenticator app is lost. Ten at a
 * time, shown once and kept only as SHA-256 hashes of their canonical spelling ({@link RecoveryCodeFormat}).
 */
@Component
class RecoveryCodes {

    static final int PER_ISSUE = 10;

    private final SecureRandom random = new SecureRandom();
    private final RecoveryCodeStore store;

    RecoveryCodes(RecoveryCodeStore store) {
        this.store = store;
    }

    /** Replaces the account's codes with ten new ones and answers them, as the learner is to see them. */
    List<String> issue(UUID accountId, Instant at) {
        List<String> codes = new ArrayList<>(PER_ISSUE);
        List<byte[]> hashes = new ArrayList<>(PER_ISSUE);
        while (codes.size() < PER_ISSUE) {
            String code = RecoveryCodeFormat.generate(random);
            // 80 random bits never repeat in practice; the check keeps even that from failing the insert.
            if (!codes.contains(code)) {
                codes.add(code);
                hashes.add(hash(RecoveryCodeFormat.canonical(code).orElseThrow()));
            }
        }
        store.replace(accountId, hashes, at);
        return List.copyOf(codes);
    }

    /** Spends the typed code if it is one of the account's unused codes. */
    boolean redeem(UUID accountId, String typed) {
        return RecoveryCodeFormat.canonical(typed).map(code -> store.use(accountId, hash(code))).orElse(false);
    }

    int countLeft(UUID accountId) {
        return store.countLeft(accountId);
    }

    private static byte[] hash(String canonicalCode) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(canonicalCode.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }
}
