package io.learnpath.content.search;

import io.learnpath.content.curriculum.Curriculum;
import io.learnpath.platform.paging.PageQuery;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * PostgreSQL full-text search over {@code search_entries} (weighted tsvector, GIN index) and the word list in
 * {@code search_words} that misspelt query words are matched against by trigram similarity (pg_trgm).
 */
@Repository
class SearchStore {

    // The inner query ranks and pages; the outer one builds snippets, which are costly, for the page's rows only.
    // Ranking: cover density over the weighted document (title, summary, body), plus how much of a short title the
    // query is, so "Caching" finds the topic of that name before a project that mentions caching everywhere;
    // resources weigh half, being pointers to elsewhere.
    private static final String SEARCH = """
            WITH query AS (SELECT websearch_to_tsquery('english', :text) AS q),
                 hits AS (SELECT e.kind, e.slug, e.topic_slug, e.title, e.url, e.summary, e.body,
                                 (ts_rank_cd(e.document, query.q, 1)
                                  + 2 * ts_rank(to_tsvector('english', e.title), query.q, 1))
                                 * CASE e.kind WHEN 'RESOURCE' THEN 0.5 ELSE 1 END AS rank, count(*) OVER () AS total
                          FROM search_entries e, query
                          WHERE e.document @@ query.q
                          ORDER BY rank DESC, e.kind DESC, e.slug, e.title
                          LIMIT :limit OFFSET :offset)
            SELECT hits.kind, hits.slug, hits.topic_slug, hits.title, hits.url, hits.rank, hits.total,
                   ts_headline('english', hits.title || '. ' || hits.summary || ' ' || hits.body, query.q,
                               'StartSel=<mark>, StopSel=</mark>, MaxFragments=2, MaxWords=24, MinWords=8, '
                                   || 'FragmentDelimiter=" … "') AS snippet
            FROM hits, query
            ORDER BY hits.rank DESC, hits.kind DESC, hits.slug, hits.title
            """;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    SearchStore(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    record Row(String kind, String slug, String topicSlug, String title, String url, double rank, long total,
            String snippet) {
    }

    List<Row> search(String text, PageQuery page) {
        return jdbc.sql(SEARCH).param("text", text).param("limit", page.size()).param("offset", page.offset())
                .query(Row.class).list();
    }

    boolean isKnownWord(String word) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM search_words WHERE word = :word)").param("word", word)
                .query(Boolean.class).single();
    }

    /** The known word most similar to {@code word}, if any is similar enough (pg_trgm's threshold, 0.3). */
    Optional<String> closestWord(String word) {
        return jdbc.sql("""
                        SELECT word FROM search_words WHERE word % :word
                        ORDER BY similarity(word, :word) DESC, word LIMIT 1
                        """)
                .param("word", word).query(String.class).optional();
    }

    void replaceAll(Curriculum curriculum) {
        jdbc.sql("DELETE FROM search_entries").update();
        jdbc.sql("DELETE FROM search_words").update();
        List<Object[]> rows = new java.util.ArrayList<>();
        curriculum.topics().forEach(topic -> {
            rows.add(new Object[] {"TOPIC", topic.slug(), topic.slug(), topic.title(), topic.summary(), topic.body(),
                    null});
            topic.resources().forEach(resource -> rows.add(new Object[] {"RESOURCE", topic.slug(), topic.slug(),
                    resource.title(), resource.type().key() + (Boolean.TRUE.equals(resource.free()) ? ", free"
                            : ", paid"), "", resource.url()}));
        });
        curriculum.projects().forEach(project -> rows.add(new Object[] {"PROJECT", project.slug(), null,
                project.title(), project.summary(),
                project.body() + "\n" + String.join("\n", project.acceptanceCriteria()), null}));
        batch.batchUpdate("""
                INSERT INTO search_entries (kind, slug, topic_slug, title, summary, body, url)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, rows);
        jdbc.sql("""
                        INSERT INTO search_words (word)
                        SELECT DISTINCT w
                        FROM search_entries,
                             regexp_split_to_table(lower(title || ' ' || summary || ' ' || body), '[^a-z0-9]+') AS w
                        WHERE length(w) BETWEEN 3 AND 40
                        """)
                .update();
    }
}
