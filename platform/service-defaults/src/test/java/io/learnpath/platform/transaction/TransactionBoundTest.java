package io.learnpath.platform.transaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.learnpath.platform.testing.TestDatabases;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** A value bound to a transaction, with a real transaction manager over a real PostgreSQL. */
class TransactionBoundTest {

    private static DataSource dataSource;

    private final Object key = new Object();
    private final List<List<String>> seenBeforeCommit = new ArrayList<>();

    @BeforeAll
    static void database() {
        dataSource = TestDatabases.migrated("transaction_bound_test");
    }

    private TransactionTemplate transactions() {
        return new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    private List<String> bound() {
        return TransactionBound.value(key, ArrayList::new, seenBeforeCommit::add);
    }

    @Test
    void isTheSameValueThroughoutATransactionAndAFreshOneInTheNext() {
        List<List<String>> values = new ArrayList<>();
        transactions().executeWithoutResult(status -> {
            bound().add("first");
            bound().add("second");
            values.add(bound());
        });
        transactions().executeWithoutResult(status -> values.add(bound()));

        assertThat(values.get(0)).containsExactly("first", "second");
        assertThat(values.get(1)).isEmpty();
    }

    @Test
    void isGivenToItsCallbackOnceJustBeforeCommit() {
        transactions().executeWithoutResult(status -> {
            bound().add("change");
            assertThat(seenBeforeCommit).isEmpty();
            bound().add("another");
        });

        assertThat(seenBeforeCommit).containsExactly(List.of("change", "another"));
    }

    @Test
    void isNotGivenToItsCallbackWhenTheTransactionRollsBack() {
        assertThatThrownBy(() -> transactions().executeWithoutResult(status -> {
            bound().add("change");
            throw new IllegalStateException("rule broken");
        })).hasMessage("rule broken");
        transactions().executeWithoutResult(status -> {
            bound().add("change");
            status.setRollbackOnly();
        });

        assertThat(seenBeforeCommit).isEmpty();
    }

    @Test
    void isNothingOutsideATransaction() {
        assertThat(bound()).isNull();
    }
}
