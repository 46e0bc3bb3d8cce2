package io.learnpath.content.search;

import io.learnpath.platform.paging.PageQuery;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ranked full-text search across topics, resources and project ideas, tolerant of small typos: each query word
 * that appears nowhere in the curriculum is replaced by the most similar word that does, then PostgreSQL's
 * {@code websearch_to_tsquery} runs the corrected query (so quotes and {@code -word} work as on a search engine).
 * Correction is done here, not with a fuzzy match per row, so ranking and snippets stay those of full-text search.
 */
@Service
public class CurriculumSearch {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    // websearch_to_tsquery's own operators, never "corrected".
    private static final Set<String> OPERATORS = Set.of("or", "and", "not");

    private final SearchStore store;

    CurriculumSearch(SearchStore store) {
        this.store = store;
    }

    @Transactional(readOnly = true)
    public SearchResults search(String query, PageQuery page) {
        String corrected = corrected(query);
        List<SearchStore.Row> rows = store.search(corrected, page);
        long total = rows.isEmpty() ? 0 : rows.getFirst().total();
        List<SearchHit> hits = rows.stream().map(row -> new SearchHit(row.kind(), row.slug(), row.topicSlug(),
                row.title(), row.url(), row.snippet(), row.rank())).toList();
        return new SearchResults(query, corrected, hits, page.page(), page.size(), total,
                (total + page.size() - 1) / page.size());
    }

    private String corrected(String query) {
        Matcher words = WORD.matcher(query);
        StringBuilder result = new StringBuilder();
        while (words.find()) {
            String word = words.group().toLowerCase(Locale.ROOT);
            String replacement = words.group();
            if (word.length() >= 4 && !OPERATORS.contains(word) && !store.isKnownWord(word)) {
                replacement = store.closestWord(word).orElse(replacement);
            }
            words.appendReplacement(result, Matcher.quoteReplacement(replacement));
        }
        words.appendTail(result);
        return result.toString();
    }
}
