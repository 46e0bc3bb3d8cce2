package io.learnpath.auth.profile;

/**
 * The body of {@code PATCH /api/auth/me}: a field left out (or null) stays as it is.
 *
 * @param timeZone an IANA zone such as {@code Europe/Paris}
 */
public record ProfileUpdate(String displayName, String timeZone) {
}
