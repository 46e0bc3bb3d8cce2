package io.learnpath.rawsql.enrolment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Not a violation: the repository, with a row record nested in it that reads the result set. */
@Repository
class EnrolmentRepository {

    private final JdbcClient jdbc;

    EnrolmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    String title(UUID id) {
        return jdbc.sql("SELECT title FROM enrolment WHERE id = ?").param(id)
                .query((rs, rowNumber) -> Row.from(rs).title()).single();
    }

    record Row(String title) {

        static Row from(ResultSet rs) throws SQLException {
            return new Row(rs.getString("title"));
        }
    }
}
