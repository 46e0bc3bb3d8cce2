package io.learnpath.rawsql.enrolment;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Planted: a service that writes SQL itself. */
@Service
class Enrolments {

    private final JdbcClient jdbc;
    private final EnrolmentRepository repository;

    Enrolments(JdbcClient jdbc, EnrolmentRepository repository) {
        this.jdbc = jdbc;
        this.repository = repository;
    }

    int count(UUID learnerId) {
        return jdbc.sql("SELECT count(*) FROM enrolment WHERE learner_id = ?").param(learnerId)
                .query(Integer.class).single();
    }

    String title(UUID id) {
        return repository.title(id);
    }
}
