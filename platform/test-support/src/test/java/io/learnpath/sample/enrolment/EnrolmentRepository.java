package io.learnpath.sample.enrolment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The enrolment feature's tables; a row record nested here may read the JDBC result set. */
@Repository
class EnrolmentRepository {

    private final JdbcClient jdbc;

    EnrolmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Enrolment> find(UUID id) {
        return jdbc.sql("SELECT id, learner_id, course_id, course_title FROM enrolment WHERE id = ?").param(id)
                .query((rs, rowNumber) -> Row.from(rs).toEnrolment()).optional();
    }

    int countFor(UUID learnerId) {
        return jdbc.sql("SELECT count(*) FROM enrolment WHERE learner_id = ?").param(learnerId)
                .query(Integer.class).single();
    }

    void insert(Enrolment enrolment) {
        jdbc.sql("INSERT INTO enrolment (id, learner_id, course_id, course_title) VALUES (?, ?, ?, ?)")
                .params(enrolment.id(), enrolment.learnerId(), enrolment.courseId(), enrolment.courseTitle())
                .update();
    }

    record Row(UUID id, UUID learnerId, UUID courseId, String courseTitle) {

        static Row from(ResultSet rs) throws SQLException {
            return new Row(rs.getObject("id", UUID.class), rs.getObject("learner_id", UUID.class),
                    rs.getObject("course_id", UUID.class), rs.getString("course_title"));
        }

        Enrolment toEnrolment() {
            return new Enrolment(id, learnerId, courseId, courseTitle);
        }
    }
}
