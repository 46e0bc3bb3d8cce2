package io.learnpath.auth.mfa.policy;

import java.nio.charset.StandardCharsets;

/**
 * The Key URI that authenticator apps read from a QR code (Google Authenticator's "Key Uri Format", which every
 * common app follows): {@code otpauth://totp/Learnpath:ada%2Bmfa@example.com?secret=...&issuer=Learnpath&...}.
 * The issuer appears both as the label's prefix and as a parameter, as the format recommends, so that apps old and
 * new show the same name. The algorithm, digits and period are spelled out although they are the defaults: some
 * apps ignore what is not there and some refuse what they do not expect, and these values are the ones all accept.
 */
public record OtpauthUri(String issuer, String accountName, String base32Secret, TotpTimeSteps steps, int digits) {

    public OtpauthUri {
        if (issuer.isBlank() || issuer.contains(":") || accountName.contains(":")) {
            throw new IllegalArgumentException("The issuer and account name of a key URI are not blank and have no "
                    + "colon, which separates them in its label");
        }
    }

    /** The URI, every character outside the unreserved set (and {@code @}) percent-encoded as UTF-8. */
    public String value() {
        return "otpauth://totp/" + encode(issuer) + ":" + encode(accountName)
                + "?secret=" + base32Secret
                + "&issuer=" + encode(issuer)
                + "&algorithm=SHA1&digits=" + digits
                + "&period=" + steps.period().toSeconds();
    }

    @Override
    public String toString() {
        return "OtpauthUri[" + issuer + ":" + accountName + "]";
    }

    // RFC 3986 unreserved characters stay, and "@" (a path may hold it, and emails read better with it); a "+" is
    // encoded although a path may hold it, because some apps decode the label as a form and would show a space.
    private static String encode(String text) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~@".indexOf(c) >= 0) {
                encoded.append(c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            }
        }
        return encoded.toString();
    }
}
