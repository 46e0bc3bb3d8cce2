package io.learnpath.foreignrepo.enrolment;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The enrolment feature's table. */
@Repository
public class EnrolmentRepository {

    private final JdbcClient jdbc;

    public EnrolmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public int countFor(UUID learnerId) {
        return jdbc.sql("SELECT count(*) FROM enrolment WHERE learner_id = ?").param(learnerId)
                .query(Integer.class).single();
    }
}
