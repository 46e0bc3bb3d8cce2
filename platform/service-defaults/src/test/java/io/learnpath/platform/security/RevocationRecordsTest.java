package io.learnpath.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

class RevocationRecordsTest {

    private static final Instant REVOKED_AT = Instant.parse("2026-03-01T10:00:00.400Z");
    private static final String RECORD = RevocationRecords.value(REVOKED_AT);

    @Test
    void withoutARecordNoTokenIsRevoked() {
        assertThat(RevocationRecords.kills(null, issuedAt(REVOKED_AT.minusSeconds(60)))).isFalse();
    }

    @Test
    void aTokenIssuedBeforeTheRevocationIsDead() {
        assertThat(RevocationRecords.kills(RECORD, issuedAt(REVOKED_AT.minusSeconds(60)))).isTrue();
    }

    @Test
    void aTokenIssuedInTheSameSecondIsDeadTooForIatHasNoFractions() {
        assertThat(RevocationRecords.kills(RECORD, issuedAt(Instant.parse("2026-03-01T10:00:00Z")))).isTrue();
    }

    @Test
    void aTokenIssuedAfterTheRevocationLives() {
        assertThat(RevocationRecords.kills(RECORD, issuedAt(Instant.parse("2026-03-01T10:00:01Z")))).isFalse();
    }

    @Test
    void aRecordThatCannotBeReadStillRevokes() {
        assertThat(RevocationRecords.kills("garbage", issuedAt(REVOKED_AT.plusSeconds(60)))).isTrue();
    }

    @Test
    void theKeyIsTheLearners() {
        UUID learner = UUID.randomUUID();
        assertThat(RevocationRecords.key(issuedAt(Instant.now(), learner))).isEqualTo(RevocationRecords.key(learner))
                .endsWith(learner.toString());
    }

    private static Jwt issuedAt(Instant issuedAt) {
        return issuedAt(issuedAt, UUID.randomUUID());
    }

    private static Jwt issuedAt(Instant issuedAt, UUID subject) {
        return Jwt.withTokenValue("token").header("alg", "RS256").subject(subject.toString()).issuedAt(issuedAt)
                .expiresAt(issuedAt.plusSeconds(900)).build();
    }
}
