package io.learnpath.auth.tokens;

import io.learnpath.auth.secrets.SecretBox;
import io.learnpath.auth.tokens.AccessTokenIssuer.AccessToken;
import io.learnpath.auth.tokens.RefreshTokenRotation.IssuedPair;
import io.learnpath.auth.tokens.RefreshTokenRotation.IssuedRefreshToken;
import java.time.Duration;
import java.util.Base64;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The pair a rotation handed out, as kept on the rotated token's row for the reuse grace: sealed by the
 * {@link SecretBox} and bound to that row, since it is a live access token and a live refresh token.
 */
@Component
class GraceAnswers {

    private final SecretBox box;
    private final JsonMapper json;

    GraceAnswers(SecretBox box, JsonMapper json) {
        this.box = box;
        this.json = json;
    }

    byte[] seal(byte[] rotatedHash, IssuedPair pair) {
        Content content = new Content(pair.access().value(), pair.access().expiresIn().toMillis(),
                pair.refresh().value(), pair.refresh().expiresIn().toMillis());
        return box.seal(json.writeValueAsBytes(content), context(rotatedHash));
    }

    /** The pair as the rotation handed it out, its lifetimes shortened by the time that has passed since. */
    IssuedPair open(byte[] rotatedHash, byte[] sealed, Duration elapsed) {
        Content content = json.readValue(box.open(sealed, context(rotatedHash)), Content.class);
        return new IssuedPair(
                new AccessToken(content.accessToken(), remaining(content.accessExpiresInMillis(), elapsed)),
                new IssuedRefreshToken(content.refreshToken(), remaining(content.refreshExpiresInMillis(), elapsed)));
    }

    private static Duration remaining(long millis, Duration elapsed) {
        Duration left = Duration.ofMillis(millis).minus(elapsed);
        return left.isNegative() ? Duration.ZERO : left;
    }

    private static String context(byte[] rotatedHash) {
        return "refresh-grace-answer:" + Base64.getUrlEncoder().withoutPadding().encodeToString(rotatedHash);
    }

    // Its own shape rather than TokenResponse's, so that a change to the API's answer cannot break the reading of
    // an answer sealed a few seconds before a deployment.
    private record Content(String accessToken, long accessExpiresInMillis, String refreshToken,
            long refreshExpiresInMillis) {

        @Override
        public String toString() {
            return "Content[]";
        }
    }
}
