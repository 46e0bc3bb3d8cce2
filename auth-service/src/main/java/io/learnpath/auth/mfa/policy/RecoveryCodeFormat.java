package io.learnpath.auth.mfa.policy;

import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * What a recovery code looks like: 16 characters of Crockford's Base32 (digits and letters without I, L, O and U),
 * shown in four groups, {@code 7k3m-q9xz-a4c8-h2rt}: 80 random bits, far more than anyone can guess or search, and
 * easy to copy from paper. What people type back is forgiven the way Crockford's alphabet intends: any case, with or
 * without hyphens, I and L read as 1, O as 0.
 */
public final class RecoveryCodeFormat {

    /** What a typed recovery code must look like before it is even compared (bean validation of requests). */
    public static final String TYPED = "[0-9A-Za-z]{4}-?[0-9A-Za-z]{4}-?[0-9A-Za-z]{4}-?[0-9A-Za-z]{4}";

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final int LENGTH = 16;
    private static final int GROUP = 4;

    private RecoveryCodeFormat() {
    }

    /** A new code as the learner is shown it. {@code random} must be a cryptographically strong generator. */
    public static String generate(RandomGenerator random) {
        StringBuilder code = new StringBuilder(LENGTH + LENGTH / GROUP - 1);
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % GROUP == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * The one spelling of a code that is stored and compared (upper case, no hyphens); empty for text that cannot be
     * a recovery code at all.
     */
    public static Optional<String> canonical(String typed) {
        String compact = typed.replace("-", "").strip().toUpperCase(Locale.ROOT)
                .replace('I', '1').replace('L', '1').replace('O', '0');
        if (compact.length() != LENGTH || !compact.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return Optional.empty();
        }
        return Optional.of(compact);
    }
}
