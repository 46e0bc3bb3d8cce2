package io.learnpath.notification.unsubscribe;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code signing_key} table: a random secret per purpose, made by the first instance that needs it (the insert
 * that loses a race does nothing, and both read the winner's), so every instance signs and checks with the same
 * key, across restarts, with nothing to configure or leak through the environment.
 */
@Repository
class SigningKeys {

    private static final int KEY_BYTES = 32;

    private final JdbcClient jdbc;
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;

    SigningKeys(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    byte[] keyFor(String purpose) {
        byte[] candidate = new byte[KEY_BYTES];
        random.nextBytes(candidate);
        jdbc.sql("INSERT INTO signing_key (purpose, secret, created_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                .params(purpose, candidate, Timestamp.from(clock.instant()))
                .update();
        return jdbc.sql("SELECT secret FROM signing_key WHERE purpose = ?").param(purpose)
                .query(byte[].class).single();
    }
}
