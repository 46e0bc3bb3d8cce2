package io.learnpath.content.roadmap;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Lists roadmaps a page at a time, sorted by slug (unique, so pages never overlap or skip a roadmap). */
@Service
public class RoadmapCatalog {

    private final JdbcClient jdbc;

    RoadmapCatalog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public RoadmapPage page(int page, int size) {
        long totalItems = jdbc.sql("SELECT count(*) FROM roadmaps").query(Long.class).single();
        List<RoadmapSummary> items = jdbc.sql("""
                        SELECT r.id, r.slug, r.title, r.description, r.version,
                               (SELECT count(*) FROM topics t WHERE t.roadmap_id = r.id) AS topic_count
                        FROM roadmaps r
                        ORDER BY r.slug
                        LIMIT :size OFFSET :offset
                        """)
                .param("size", size)
                // long: page * size overflows an int for pages far past the end, which must answer an empty page
                .param("offset", (long) page * size)
                .query(RoadmapSummary.class)
                .list();
        return RoadmapPage.of(items, page, size, totalItems);
    }
}
