package io.learnpath.sample.intake;

import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The intake feature's table of known courses. */
@Repository
class CourseCatalog {

    private final JdbcClient jdbc;

    CourseCatalog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void remember(Course course) {
        jdbc.sql("INSERT INTO course (id, title) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET title = excluded.title")
                .params(course.id(), course.title()).update();
    }

    Optional<String> title(UUID id) {
        return jdbc.sql("SELECT title FROM course WHERE id = ?").param(id).query(String.class).optional();
    }
}
