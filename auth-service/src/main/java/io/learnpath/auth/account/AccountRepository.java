package io.learnpath.auth.account;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
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

    private static final String COLUMNS = "id, email, display_name, roles, created_at, password_hash";

    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the account unless its email is taken; answers whether it was inserted. */
    boolean insertIfEmailFree(Account account, String passwordHash) {
        int inserted = jdbc.sql("""
                        INSERT INTO account (id, email, display_name, password_hash, roles, created_at)
                        VALUES (:id, :email, :displayName, :passwordHash, :roles, :createdAt)
                        ON CONFLICT (email) DO NOTHING""")
                .param("id", account.id())
                .param("email", account.email())
                .param("displayName", account.displayName())
                .param("passwordHash", passwordHash)
                .param("roles", account.roleNames().toArray(String[]::new))
                .param("createdAt", Timestamp.from(account.createdAt()))
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

    private static Account account(ResultSet rs) throws SQLException {
        Array roles = rs.getArray("roles");
        return new Account(rs.getObject("id", UUID.class), rs.getString("email"), rs.getString("display_name"),
                Arrays.stream((String[]) roles.getArray()).map(Role::valueOf).toList(),
                rs.getTimestamp("created_at").toInstant());
    }
}
