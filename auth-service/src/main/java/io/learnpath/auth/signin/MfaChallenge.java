package io.learnpath.auth.signin;

/**
 * What the password step answers for an account with MFA: no tokens yet, but the challenge to send back with a
 * code ({@code POST /api/auth/login/mfa}) within {@code expiresIn} seconds. It works once.
 */
record MfaChallenge(String challenge, long expiresIn) {

    @Override
    public String toString() {
        return "MfaChallenge[expiresIn=" + expiresIn + "]";
    }
}
