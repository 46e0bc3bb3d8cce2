package io.learnpath.auth.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code audit_event} table: appended to, read per account, purged by age. */
@Repository
class AuditRepository {

    private final JdbcClient jdbc;

    AuditRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void append(UUID accountId, UUID actorId, AuditAction action, String detail, ClientOrigin origin, Instant at) {
        jdbc.sql("""
                        INSERT INTO audit_event (account_id, actor_id, action, detail, remote_address, forwarded_for,
                                                 user_agent, occurred_at)
                        VALUES (:accountId, :actorId, :action, :detail, :remoteAddress, :forwardedFor, :userAgent,
                                :at)""")
                .param("accountId", accountId).param("actorId", actorId).param("action", action.name())
                .param("detail", detail).param("remoteAddress", origin.remoteAddress())
                .param("forwardedFor", origin.forwardedFor()).param("userAgent", origin.userAgent())
                .param("at", Timestamp.from(at))
                .update();
    }

    /** Newest first. */
    List<AuditEntry> findByAccount(UUID accountId, long offset, int limit) {
        return jdbc.sql("""
                        SELECT * FROM audit_event WHERE account_id = :accountId
                        ORDER BY occurred_at DESC, id DESC LIMIT :limit OFFSET :offset""")
                .param("accountId", accountId).param("limit", limit).param("offset", offset)
                .query((rs, row) -> new AuditEntry(rs.getLong("id"), rs.getObject("account_id", UUID.class),
                        rs.getObject("actor_id", UUID.class), AuditAction.valueOf(rs.getString("action")),
                        rs.getString("detail"), rs.getString("remote_address"), rs.getString("forwarded_for"),
                        rs.getString("user_agent"), rs.getTimestamp("occurred_at").toInstant()))
                .list();
    }

    long countByAccount(UUID accountId) {
        return jdbc.sql("SELECT count(*) FROM audit_event WHERE account_id = :accountId")
                .param("accountId", accountId).query(Long.class).single();
    }

    int deleteBefore(Instant before) {
        return jdbc.sql("DELETE FROM audit_event WHERE occurred_at < :before")
                .param("before", Timestamp.from(before)).update();
    }
}
