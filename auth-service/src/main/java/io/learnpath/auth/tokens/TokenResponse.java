package io.learnpath.auth.tokens;

/** What sign-in and refresh answer. Lifetimes are in seconds, as in OAuth 2.0's {@code expires_in}. */
public record TokenResponse(String accessToken, String tokenType, long expiresIn, String refreshToken,
        long refreshExpiresIn) {

    static final String BEARER = "Bearer";

    @Override
    public String toString() {
        return "TokenResponse[expiresIn=" + expiresIn + ", refreshExpiresIn=" + refreshExpiresIn + "]";
    }
}
