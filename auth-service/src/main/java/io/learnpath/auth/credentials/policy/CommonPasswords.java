package io.learnpath.auth.credentials.policy;

import com.nulabinc.zxcvbn.StandardDictionaries;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Set;

/**
 * The passwords attackers try first: zxcvbn's list of the 30,000 most common passwords (from leaked password sets,
 * shipped in the zxcvbn4j library), compared without regard to case as the list itself is lower-case. NIST SP
 * 800-63B and ASVS 5.0 ask for such a check instead of composition rules. Loaded once, on first use.
 */
public final class CommonPasswords {

    private CommonPasswords() {
    }

    public static boolean contains(String password) {
        return Holder.PASSWORDS.contains(password.toLowerCase(Locale.ROOT));
    }

    /** How many passwords the list holds; at least the 10,000 most common. */
    public static int size() {
        return Holder.PASSWORDS.size();
    }

    private static final class Holder {

        private static final Set<String> PASSWORDS = load();

        private static Set<String> load() {
            try {
                return Set.copyOf(StandardDictionaries.PASSWORDS_LOADER.load().getRankedDictionary().keySet());
            } catch (IOException e) {
                throw new UncheckedIOException("zxcvbn's password list is missing from the classpath", e);
            }
        }
    }
}
