package io.learnpath.content;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Roadmaps tests add next to the seeded {@code backend} one, written straight to the database as a future
 * editor or migration would. All test classes share one application context and database, so each test
 * removes what it added ({@link #removeAllButSeed}).
 */
public final class TestRoadmaps {

    public static final UUID BACKEND_ID = UUID.fromString("96eb5339-247d-493b-a920-7a0b989e1024");
    public static final String BACKEND_TITLE = "Backend Developer";

    private final JdbcClient jdbc;

    public TestRoadmaps(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A roadmap at version 1 with {@code topics} topics in order 1..n. */
    public UUID add(String slug, String title, int topics) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO roadmaps (id, slug, title, description) VALUES (:id, :slug, :title, 'For tests')")
                .param("id", id).param("slug", slug).param("title", title).update();
        for (int position = 1; position <= topics; position++) {
            jdbc.sql("""
                            INSERT INTO topics (id, roadmap_id, slug, title, summary, level, position)
                            VALUES (:id, :roadmapId, :slug, :title, 'A topic for tests.', 'BEGINNER', :position)
                            """)
                    .param("id", UUID.randomUUID()).param("roadmapId", id).param("slug", "topic-" + position)
                    .param("title", "Topic " + position).param("position", position).update();
        }
        return id;
    }

    /** What an editor's change does: new content, next version. */
    public void release(UUID roadmapId, String newTitle) {
        jdbc.sql("UPDATE roadmaps SET title = :title, version = version + 1, updated_at = now() WHERE id = :id")
                .param("title", newTitle).param("id", roadmapId).update();
    }

    public void removeAllButSeed() {
        jdbc.sql("DELETE FROM roadmaps WHERE id <> :backend").param("backend", BACKEND_ID).update();
    }
}
