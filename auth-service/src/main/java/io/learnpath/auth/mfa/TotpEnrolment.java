package io.learnpath.auth.mfa;

/**
 * What a learner needs to add Learnpath to an authenticator app: the secret to type in, the otpauth:// URI, and that
 * URI as a QR code to scan ({@code data:image/png;base64,...}, ready for an {@code <img src>}).
 */
public record TotpEnrolment(String secret, String otpauthUri, String qrCode) {

    @Override
    public String toString() {
        return "TotpEnrolment[...]";
    }
}
