package io.learnpath.notification.contacts;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code learner_contact} table. */
@Repository
class ContactStore {

    private final JdbcClient jdbc;

    ContactStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new account: the whole contact, unless newer parts are already known (a replay of the registration). */
    void registered(UUID learnerId, String email, String displayName, String timeZone, Instant at) {
        jdbc.sql("""
                        INSERT INTO learner_contact (learner_id, email, email_set_at, display_name, time_zone,
                                                     profile_set_at)
                        VALUES (:learner, :email, :at, :name, :zone, :at)
                        ON CONFLICT (learner_id) DO UPDATE SET
                            email = CASE WHEN learner_contact.email_set_at < EXCLUDED.email_set_at
                                         THEN EXCLUDED.email ELSE learner_contact.email END,
                            email_set_at = GREATEST(learner_contact.email_set_at, EXCLUDED.email_set_at),
                            display_name = CASE WHEN learner_contact.profile_set_at < EXCLUDED.profile_set_at
                                                THEN EXCLUDED.display_name ELSE learner_contact.display_name END,
                            time_zone = CASE WHEN learner_contact.profile_set_at < EXCLUDED.profile_set_at
                                             THEN EXCLUDED.time_zone ELSE learner_contact.time_zone END,
                            profile_set_at = GREATEST(learner_contact.profile_set_at, EXCLUDED.profile_set_at)""")
                .param("learner", learnerId).param("email", email).param("name", displayName)
                .param("zone", zoneName(timeZone)).param("at", Timestamp.from(at))
                .update();
    }

    /** The address changed; an account we never heard of is not created from half a contact. */
    void emailChanged(UUID learnerId, String email, Instant at) {
        jdbc.sql("""
                        UPDATE learner_contact SET email = :email, email_set_at = :at
                         WHERE learner_id = :learner AND email_set_at < :at""")
                .param("learner", learnerId).param("email", email).param("at", Timestamp.from(at))
                .update();
    }

    void profileChanged(UUID learnerId, String displayName, String timeZone, Instant at) {
        jdbc.sql("""
                        UPDATE learner_contact SET display_name = :name, time_zone = :zone, profile_set_at = :at
                         WHERE learner_id = :learner AND profile_set_at < :at""")
                .param("learner", learnerId).param("name", displayName).param("zone", zoneName(timeZone))
                .param("at", Timestamp.from(at))
                .update();
    }

    Optional<LearnerContact> find(UUID learnerId) {
        return jdbc.sql("SELECT learner_id, email, display_name, time_zone FROM learner_contact WHERE learner_id = ?")
                .param(learnerId)
                .query((rs, row) -> new LearnerContact(rs.getObject("learner_id", UUID.class), rs.getString("email"),
                        rs.getString("display_name"), LearnerContact.zoneOrUtc(rs.getString("time_zone"))))
                .optional();
    }

    void erase(UUID learnerId) {
        jdbc.sql("DELETE FROM learner_contact WHERE learner_id = ?").param(learnerId).update();
    }

    // Stored by the name it resolves to, so an unknown zone is stored as UTC.
    private static String zoneName(String timeZone) {
        return LearnerContact.zoneOrUtc(timeZone).getId();
    }
}
