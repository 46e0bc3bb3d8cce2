package io.learnpath.auth.account;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The account {@link AdminBootstrap} makes an EDITOR and ADMIN at start-up. No email means no bootstrap. The
 * password (and the display name) are needed only to create the account, never to promote an existing one; the
 * password comes either inline or from a file (a mounted secret, or the local launcher's
 * {@code .learnpath/admin-password}), so that it need not sit in any process's environment.
 */
@ConfigurationProperties("learnpath.auth.bootstrap-admin")
public record BootstrapAdminProperties(String email, String password, String passwordFile,
        @DefaultValue("Administrator") String displayName) {

    /** Whether an operator asked for a bootstrap admin at all. */
    public boolean configured() {
        return hasText(email);
    }

    static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }

    // Never let the password reach a log line through a record's generated toString.
    @Override
    public String toString() {
        return "BootstrapAdminProperties[email=" + email + ", passwordFile=" + passwordFile + ", displayName="
                + displayName + "]";
    }
}
