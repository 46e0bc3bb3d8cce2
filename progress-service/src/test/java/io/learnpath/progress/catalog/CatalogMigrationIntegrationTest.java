package io.learnpath.progress.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.learnpath.progress.ProgressIntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Catalogues and statuses stored before topics could be shared survive the move to one row per (roadmap, topic).
 * The service's migrations run in a schema of their own: up to V1, with rows written as the old code wrote them,
 * then to the latest version.
 */
class CatalogMigrationIntegrationTest extends ProgressIntegrationTest {

    private static final UUID ROADMAP = UUID.randomUUID();
    private static final UUID OTHER_ROADMAP = UUID.randomUUID();
    private static final UUID HTTP = UUID.randomUUID();
    private static final UUID CACHING = UUID.randomUUID();
    private static final UUID LEARNER = UUID.randomUUID();

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    private final String schema = "migration_" + UUID.randomUUID().toString().replace("-", "");

    @BeforeEach
    void storeRowsAsVersionOneDid() {
        migrate("1");
        jdbc.sql("INSERT INTO " + schema + ".roadmap (id, slug, title, version, updated_at) "
                        + "VALUES (:id, 'backend', 'Backend', 3, now())")
                .param("id", ROADMAP).update();
        jdbc.sql("INSERT INTO " + schema + ".topic (id, roadmap_id, slug, title, level, position) "
                        + "VALUES (:http, :roadmap, 'http', 'HTTP', 'BEGINNER', 1), "
                        + "(:caching, :roadmap, 'caching', 'Caching', 'ADVANCED', 2)")
                .param("http", HTTP).param("caching", CACHING).param("roadmap", ROADMAP).update();
        jdbc.sql("INSERT INTO " + schema + ".topic_status (learner_id, topic_id, roadmap_id, status, updated_at) "
                        + "VALUES (:learner, :http, :roadmap, 'DONE', now())")
                .param("learner", LEARNER).param("http", HTTP).param("roadmap", ROADMAP).update();
    }

    @AfterEach
    void dropSchema() {
        jdbc.sql("DROP SCHEMA " + schema + " CASCADE").update();
    }

    @Test
    void keeps_memberships_and_statuses_and_renames_beginner_to_basic() {
        migrate("latest");

        List<Map<String, Object>> topics = jdbc.sql("SELECT topic_id, level, position, parent_id, effort_hours, "
                        + "cardinality(prerequisites) AS prerequisites FROM " + schema + ".roadmap_topic "
                        + "WHERE roadmap_id = :roadmap ORDER BY position")
                .param("roadmap", ROADMAP).query().listOfRows();
        assertThat(topics).extracting(row -> row.get("topic_id")).containsExactly(HTTP, CACHING);
        assertThat(topics).extracting(row -> row.get("level")).containsExactly("BASIC", "ADVANCED");
        assertThat(topics).allSatisfy(row -> assertThat(row)
                .containsEntry("parent_id", null).containsEntry("effort_hours", 0).containsEntry("prerequisites", 0));

        assertThat(jdbc.sql("SELECT status FROM " + schema + ".topic_status WHERE learner_id = :learner "
                        + "AND topic_id = :http")
                .param("learner", LEARNER).param("http", HTTP).query(String.class).single()).isEqualTo("DONE");
    }

    @Test
    void a_topic_can_then_join_a_second_roadmap_with_its_own_slug() {
        migrate("latest");
        jdbc.sql("INSERT INTO " + schema + ".roadmap (id, slug, title, version, updated_at) "
                        + "VALUES (:id, 'apis', 'APIs', 1, now())")
                .param("id", OTHER_ROADMAP).update();

        jdbc.sql("INSERT INTO " + schema + ".roadmap_topic (roadmap_id, topic_id, slug, title, level, position, "
                        + "parent_id, effort_hours, prerequisites) "
                        + "VALUES (:roadmap, :http, 'http-basics', 'HTTP', 'INTERMEDIATE', 4, NULL, 3, '{}')")
                .param("roadmap", OTHER_ROADMAP).param("http", HTTP).update();

        assertThat(jdbc.sql("SELECT slug FROM " + schema + ".roadmap_topic WHERE topic_id = :http ORDER BY slug")
                .param("http", HTTP).query(String.class).list()).containsExactly("http", "http-basics");
    }

    private void migrate(String target) {
        Flyway.configure().dataSource(dataSource).schemas(schema).locations("classpath:db/migration")
                .target(target).load().migrate();
    }
}
