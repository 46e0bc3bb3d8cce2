package io.learnpath.content.search;

import java.util.List;

/**
 * A page of search results. {@code searchedFor} is the query actually run: the client's, with misspelt words
 * replaced by the closest word in the curriculum ("kuberntes" → "kubernetes"); it equals {@code query} when
 * nothing needed correcting.
 */
public record SearchResults(String query, String searchedFor, List<SearchHit> items, int page, int size,
        long totalItems, long totalPages) {

    public SearchResults {
        items = List.copyOf(items);
    }
}
