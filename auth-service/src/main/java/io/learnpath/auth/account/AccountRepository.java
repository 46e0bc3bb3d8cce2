package io.learnpath.auth.account;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code account} table. Other features go through {@link AccountReader} and {@link PasswordHashUpdater}. */
@Repository
class AccountRepository {

    private static final String COLUMNS =
            "id, email, display_name, roles, created_at, password_hash, email_verified_at, time_zone";

    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the account unless its email is taken; answers whether it was inserted. */
    boolean insertIfEmailFree(Account account, String passwordHash) {
        int inserted = jdbc.sql("""
                        INSERT INTO account (id, email, display_name, password_hash, roles, created_at, time_zone)
                        VALUES (:id, :email, :displayName, :passwordHash, :roles, :createdAt, :timeZone)
                        ON CONFLICT (email) DO NOTHING""")
                .param("id", account.id())
                .param("email", account.email())
                .param("displayName", account.displayName())
                .param("passwordHash", passwordHash)
                .param("roles", account.roleNames().toArray(String[]::new))
                .param("createdAt", Timestamp.from(account.createdAt()))
                .param("timeZone", account.timeZone())
                .update();
        return inserted == 1;
    }

    Optional<Account> findById(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM account WHERE id = :id")
                .param("id", id)
                .query((rs, row) -> account(rs))
                .optional();
    }

    /** @param email already normalised */
    Optional<Account> findByEmail(String email) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM account WHERE email = :email")
                .param("email", email)
                .query((rs, row) -> account(rs))
                .optional();
    }

    /** An account that may sign in: a disabled one is not found, so it fails like an unknown address. */
    Optional<AccountCredentials> findCredentialsByEmail(String email) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM account WHERE email = :email AND disabled_at IS NULL")
                .param("email", email)
                .query((rs, row) -> new AccountCredentials(account(rs), rs.getString("password_hash")))
                .optional();
    }

    /** The account unless it is disabled: what a refresh may renew tokens for. */
    Optional<Account> findEnabledById(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM account WHERE id = :id AND disabled_at IS NULL")
                .param("id", id)
                .query((rs, row) -> account(rs))
                .optional();
    }

    /**
     * A page of accounts whose email or display name contains {@code search} (any case; null for all), by email.
     * LIKE's wildcards in the search are taken literally.
     */
    List<AccountSummary> search(String search, long offset, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + ", disabled_at FROM account WHERE " + MATCHES
                        + " ORDER BY email LIMIT :limit OFFSET :offset")
                .param("pattern", pattern(search)).param("limit", limit).param("offset", offset)
                .query((rs, row) -> new AccountSummary(account(rs), rs.getTimestamp("disabled_at") != null))
                .list();
    }

    long count(String search) {
        return jdbc.sql("SELECT count(*) FROM account WHERE " + MATCHES).param("pattern", pattern(search))
                .query(Long.class).single();
    }

    private static final String MATCHES = "(email ILIKE :pattern OR display_name ILIKE :pattern)";

    private static String pattern(String search) {
        String literal = search == null ? ""
                : search.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + literal + "%";
    }

    /** @return whether the account exists */
    boolean setRoles(UUID id, List<Role> roles) {
        return jdbc.sql("UPDATE account SET roles = :roles WHERE id = :id")
                .param("roles", roles.stream().map(Role::name).toArray(String[]::new)).param("id", id)
                .update() == 1;
    }

    /** @param at when it was disabled, or null to enable it; @return whether the account exists */
    boolean setDisabled(UUID id, Instant at) {
        return jdbc.sql("UPDATE account SET disabled_at = :at WHERE id = :id")
                .param("at", at == null ? null : Timestamp.from(at)).param("id", id)
                .update() == 1;
    }

    void replacePasswordHash(UUID id, String passwordHash) {
        jdbc.sql("UPDATE account SET password_hash = :hash WHERE id = :id")
                .param("hash", passwordHash)
                .param("id", id)
                .update();
    }

    /**
     * Adds whichever of {@code roles} the account lacks, after the ones it has; answers whether it lacked any.
     * One statement: two instances granting at once cannot lose each other's roles, and the second one, having
     * waited for the first's row lock, finds nothing left to add.
     */
    boolean grantRoles(UUID id, List<Role> roles) {
        int updated = jdbc.sql("""
                        UPDATE account
                        SET roles = roles || ARRAY(
                                SELECT granted.role
                                FROM unnest(CAST(:roles AS TEXT[])) WITH ORDINALITY AS granted (role, position)
                                WHERE granted.role <> ALL (account.roles)
                                ORDER BY granted.position)
                        WHERE id = :id AND NOT roles @> CAST(:roles AS TEXT[])""")
                .param("id", id)
                .param("roles", roles.stream().map(Role::name).toArray(String[]::new))
                .update();
        return updated == 1;
    }

    /** The account's password hash unless it is disabled: what re-entering a password is checked against. */
    Optional<String> findPasswordHashOfEnabled(UUID id) {
        return jdbc.sql("SELECT password_hash FROM account WHERE id = :id AND disabled_at IS NULL")
                .param("id", id)
                .query(String.class)
                .optional();
    }

    /** @param email already normalised */
    Optional<Account> findEnabledByEmail(String email) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM account WHERE email = :email AND disabled_at IS NULL")
                .param("email", email)
                .query((rs, row) -> account(rs))
                .optional();
    }

    /** Marks the current address proven; a no-op when it already is. @return whether the account exists */
    boolean markEmailVerified(UUID id, Instant at) {
        return jdbc.sql("UPDATE account SET email_verified_at = coalesce(email_verified_at, :at) WHERE id = :id")
                .param("at", Timestamp.from(at)).param("id", id)
                .update() == 1;
    }

    /**
     * Replaces the address with a proven one, unless another account took it meanwhile (the unique index
     * decides, so two accounts can never end up with one address). @return whether it was replaced
     */
    boolean replaceEmailIfFree(UUID id, String email, Instant verifiedAt) {
        return jdbc.sql("""
                        UPDATE account SET email = :email, email_verified_at = :at
                        WHERE id = :id AND NOT EXISTS (SELECT 1 FROM account other WHERE other.email = :email)""")
                .param("email", email).param("at", Timestamp.from(verifiedAt)).param("id", id)
                .update() == 1;
    }

    /** @return whether the account exists */
    boolean updateProfile(UUID id, String displayName, String timeZone) {
        return jdbc.sql("UPDATE account SET display_name = :displayName, time_zone = :timeZone WHERE id = :id")
                .param("displayName", displayName).param("timeZone", timeZone).param("id", id)
                .update() == 1;
    }

    /**
     * Records that the owner is being told of a sign-up attempt with their address, unless they were told less
     * than {@code quietPeriod} ago. @return whether to tell them now
     */
    boolean noteSignUpAttempt(UUID id, Instant now, Duration quietPeriod) {
        return jdbc.sql("""
                        UPDATE account SET sign_up_attempt_noticed_at = :now
                        WHERE id = :id AND (sign_up_attempt_noticed_at IS NULL
                                            OR sign_up_attempt_noticed_at <= :quietSince)""")
                .param("now", Timestamp.from(now)).param("quietSince", Timestamp.from(now.minus(quietPeriod)))
                .param("id", id)
                .update() == 1;
    }

    /** Removes the account; its refresh tokens, links and sign-in failures go with it (ON DELETE CASCADE). */
    boolean delete(UUID id) {
        return jdbc.sql("DELETE FROM account WHERE id = :id").param("id", id).update() == 1;
    }

    private static Account account(ResultSet rs) throws SQLException {
        Array roles = rs.getArray("roles");
        return new Account(rs.getObject("id", UUID.class), rs.getString("email"), rs.getString("display_name"),
                Arrays.stream((String[]) roles.getArray()).map(Role::valueOf).toList(),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("email_verified_at") != null,
                rs.getString("time_zone"));
    }
}
