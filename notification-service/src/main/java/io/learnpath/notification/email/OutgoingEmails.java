package io.learnpath.notification.email;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code email_message} and {@code email_attempt} tables. */
@Repository
class OutgoingEmails {

    /**
     * A mail taken for sending: what the sender needs, how many tries came before, and the trace it was queued in
     * (null if none).
     */
    record Claimed(UUID id, UUID learnerId, String kind, String recipient, String subject, String text, String html,
            String unsubscribeUrl, int attempts, boolean eraseWhenFinal, String traceParent) {
    }

    private final JdbcClient jdbc;

    OutgoingEmails(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** False when a mail for the same occasion was queued before. */
    boolean insert(NewEmail email, RenderedEmail rendered, Instant now, String traceParent) {
        return jdbc.sql("""
                        INSERT INTO email_message (learner_id, kind, recipient, subject, text_body, html_body,
                                                   unsubscribe_url, source_key, next_attempt_at, created_at,
                                                   erase_when_final, trace_parent)
                        VALUES (:learner, :kind, :recipient, :subject, :text, :html, :unsubscribe, :source,
                                :notBefore, :now, :erase, :traceParent)
                        ON CONFLICT (source_key) DO NOTHING""")
                .param("learner", email.learnerId()).param("kind", email.kind())
                .param("recipient", email.recipient()).param("subject", rendered.subject())
                .param("text", rendered.text()).param("html", rendered.html())
                .param("unsubscribe", email.unsubscribeUrl()).param("source", email.sourceKey())
                .param("notBefore", Timestamp.from(email.notBefore())).param("now", Timestamp.from(now))
                .param("erase", email.eraseWhenFinal())
                .param("traceParent", traceParent, Types.VARCHAR)
                .update() == 1;
    }

    /**
     * Takes up to {@code limit} due mails for this instance until {@code leaseEnd}: no other instance takes them
     * (rows another one is taking right now are skipped, not waited for), and if this one dies they fall due again
     * when the lease ends.
     */
    List<Claimed> claimDue(Instant now, Instant leaseEnd, int limit) {
        return jdbc.sql("""
                        UPDATE email_message SET next_attempt_at = :leaseEnd
                         WHERE id IN (SELECT id FROM email_message
                                       WHERE status = 'PENDING' AND next_attempt_at <= :now
                                       ORDER BY next_attempt_at LIMIT :limit
                                         FOR UPDATE SKIP LOCKED)
                        RETURNING id, learner_id, kind, recipient, subject, text_body, html_body, unsubscribe_url,
                                  attempts, erase_when_final, trace_parent""")
                .param("now", Timestamp.from(now)).param("leaseEnd", Timestamp.from(leaseEnd))
                .param("limit", limit)
                .query((rs, row) -> new Claimed(rs.getObject("id", UUID.class),
                        rs.getObject("learner_id", UUID.class), rs.getString("kind"), rs.getString("recipient"),
                        rs.getString("subject"), rs.getString("text_body"), rs.getString("html_body"),
                        rs.getString("unsubscribe_url"), rs.getInt("attempts"), rs.getBoolean("erase_when_final"),
                        rs.getString("trace_parent")))
                .list();
    }

    /** Sent, or given up: the bodies (which may hold single-use links) go, the history stays. */
    void finish(UUID id, String status, int attempt, Instant at, String error) {
        recordAttempt(id, attempt, at, status, error);
        jdbc.sql("""
                        UPDATE email_message SET status = :status, attempts = :attempt, text_body = NULL,
                                                 html_body = NULL,
                                                 sent_at = :sentAt
                         WHERE id = :id""")
                .param("id", id).param("status", status).param("attempt", attempt)
                .param("sentAt", "SENT".equals(status) ? Timestamp.from(at) : null, Types.TIMESTAMP)
                .update();
    }

    void retryLater(UUID id, int attempt, Instant at, String error, Instant next) {
        recordAttempt(id, attempt, at, "RETRY", error);
        jdbc.sql("UPDATE email_message SET attempts = :attempt, next_attempt_at = :next WHERE id = :id")
                .param("id", id).param("attempt", attempt).param("next", Timestamp.from(next))
                .update();
    }

    void delete(UUID id) {
        jdbc.sql("DELETE FROM email_message WHERE id = ?").param(id).update();
    }

    /** Every mail of the learner and its attempts, except a farewell still on its way (it erases itself). */
    void eraseAllOf(UUID learnerId) {
        jdbc.sql("DELETE FROM email_message WHERE learner_id = ? AND NOT erase_when_final").param(learnerId).update();
    }

    List<EmailRecord> historyOf(UUID learnerId, long offset, int limit) {
        return jdbc.sql("""
                        SELECT m.id, m.kind, m.recipient, m.subject, m.status, m.attempts, m.created_at, m.sent_at,
                               (SELECT a.error FROM email_attempt a WHERE a.message_id = m.id
                                 ORDER BY a.attempt DESC LIMIT 1) AS last_error
                          FROM email_message m WHERE m.learner_id = :learner
                         ORDER BY m.created_at DESC, m.id DESC OFFSET :offset LIMIT :limit""")
                .param("learner", learnerId).param("offset", offset).param("limit", limit)
                .query((rs, row) -> new EmailRecord(rs.getObject("id", UUID.class), rs.getString("kind"),
                        rs.getString("recipient"), rs.getString("subject"), rs.getString("status"),
                        rs.getInt("attempts"), rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("sent_at") == null ? null : rs.getTimestamp("sent_at").toInstant(),
                        rs.getString("last_error")))
                .list();
    }

    long countOf(UUID learnerId) {
        return jdbc.sql("SELECT count(*) FROM email_message WHERE learner_id = ?").param(learnerId)
                .query(Long.class).single();
    }

    private void recordAttempt(UUID id, int attempt, Instant at, String outcome, String error) {
        jdbc.sql("""
                        INSERT INTO email_attempt (message_id, attempt, attempted_at, outcome, error)
                        VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(id, attempt, Timestamp.from(at), outcome, error)
                .update();
    }
}
