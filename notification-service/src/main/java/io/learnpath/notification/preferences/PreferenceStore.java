package io.learnpath.notification.preferences;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code notification_preference} and {@code quiet_hours} tables: only what a learner changed. */
@Repository
class PreferenceStore {

    record Key(NotificationType type, Channel channel) {
    }

    private final JdbcClient jdbc;

    PreferenceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<Key, Boolean> choicesOf(UUID learnerId) {
        Map<Key, Boolean> choices = new HashMap<>();
        jdbc.sql("SELECT type, channel, enabled FROM notification_preference WHERE learner_id = ?")
                .param(learnerId)
                .query(rs -> {
                    // A type or channel this version no longer knows is an old choice with nothing left to govern.
                    boolean enabled = rs.getBoolean("enabled");
                    known(rs.getString("type"), rs.getString("channel")).ifPresent(key -> choices.put(key, enabled));
                });
        return choices;
    }

    Optional<Boolean> choice(UUID learnerId, NotificationType type, Channel channel) {
        return jdbc.sql("""
                        SELECT enabled FROM notification_preference
                         WHERE learner_id = ? AND type = ? AND channel = ?""")
                .params(learnerId, type.name(), channel.name())
                .query(Boolean.class).optional();
    }

    void choose(UUID learnerId, NotificationType type, Channel channel, boolean enabled, Instant at) {
        jdbc.sql("""
                        INSERT INTO notification_preference (learner_id, type, channel, enabled, changed_at)
                        VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT (learner_id, type, channel)
                        DO UPDATE SET enabled = EXCLUDED.enabled, changed_at = EXCLUDED.changed_at""")
                .params(learnerId, type.name(), channel.name(), enabled, Timestamp.from(at))
                .update();
    }

    Optional<QuietHours> quietHoursOf(UUID learnerId) {
        return jdbc.sql("SELECT starts_at, ends_at FROM quiet_hours WHERE learner_id = ?")
                .param(learnerId)
                .query((rs, row) -> new QuietHours(rs.getObject("starts_at", LocalTime.class),
                        rs.getObject("ends_at", LocalTime.class)))
                .optional();
    }

    void setQuietHours(UUID learnerId, QuietHours hours, Instant at) {
        jdbc.sql("""
                        INSERT INTO quiet_hours (learner_id, starts_at, ends_at, changed_at) VALUES (?, ?, ?, ?)
                        ON CONFLICT (learner_id)
                        DO UPDATE SET starts_at = EXCLUDED.starts_at, ends_at = EXCLUDED.ends_at,
                                      changed_at = EXCLUDED.changed_at""")
                .params(learnerId, hours.start(), hours.end(), Timestamp.from(at))
                .update();
    }

    void clearQuietHours(UUID learnerId) {
        jdbc.sql("DELETE FROM quiet_hours WHERE learner_id = ?").param(learnerId).update();
    }

    void erase(UUID learnerId) {
        jdbc.sql("DELETE FROM notification_preference WHERE learner_id = ?").param(learnerId).update();
        clearQuietHours(learnerId);
    }

    private static Optional<Key> known(String type, String channel) {
        try {
            return Optional.of(new Key(NotificationType.valueOf(type), Channel.valueOf(channel)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
