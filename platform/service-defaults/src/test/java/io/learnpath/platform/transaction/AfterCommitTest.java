package io.learnpath.platform.transaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.learnpath.platform.testing.TestDatabases;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** "Do this after commit" with a real transaction manager over a real PostgreSQL. */
class AfterCommitTest {

    private static DataSource dataSource;

    private final List<String> done = new ArrayList<>();

    @BeforeAll
    static void database() {
        dataSource = TestDatabases.migrated("after_commit_test");
    }

    /** Read on a connection of its own, outside the transaction: sees only what has been committed. */
    private static boolean committed(UUID id) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select =
                        connection.prepareStatement("SELECT 1 FROM processed_event WHERE event_id = ?")) {
            select.setObject(1, id);
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private TransactionTemplate transactions() {
        return new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    @Test
    void runsOnceTheTransactionHasCommittedNotBefore() {
        UUID id = UUID.randomUUID();
        transactions().executeWithoutResult(status -> {
            new JdbcTemplate(dataSource).update(
                    "INSERT INTO processed_event (consumer, event_id, event_type) VALUES ('after-commit', ?, 'test')",
                    id);
            AfterCommit.run(() -> done.add("pushed, row visible to others: " + committed(id)));
            assertThat(done).isEmpty();
        });

        assertThat(done).containsExactly("pushed, row visible to others: true");
    }

    @Test
    void doesNotRunWhenTheTransactionRollsBack() {
        assertThatThrownBy(() -> transactions().executeWithoutResult(status -> {
            AfterCommit.run(() -> done.add("pushed"));
            throw new IllegalStateException("rule broken");
        })).hasMessage("rule broken");
        transactions().executeWithoutResult(status -> {
            AfterCommit.run(() -> done.add("pushed"));
            status.setRollbackOnly();
        });

        assertThat(done).isEmpty();
    }

    @Test
    void runsAtOnceOutsideATransaction() {
        AfterCommit.run(() -> done.add("pushed"));

        assertThat(done).containsExactly("pushed");
    }

    @Test
    void actionsRunInTheOrderTheyWereRegistered() {
        transactions().executeWithoutResult(status -> {
            AfterCommit.run(() -> done.add("first"));
            AfterCommit.run(() -> done.add("second"));
        });

        assertThat(done).containsExactly("first", "second");
    }

    @Test
    void aFailingActionNeitherFailsTheCallerNorStopsTheActionsAfterIt() {
        UUID id = UUID.randomUUID();
        transactions().executeWithoutResult(status -> {
            new JdbcTemplate(dataSource).update(
                    "INSERT INTO processed_event (consumer, event_id, event_type) VALUES ('after-commit', ?, 'test')",
                    id);
            AfterCommit.run(() -> {
                throw new IllegalStateException("Redis is down");
            });
            AfterCommit.run(() -> done.add("counted"));
        });

        assertThat(committed(id)).isTrue();
        assertThat(done).containsExactly("counted");
    }
}
