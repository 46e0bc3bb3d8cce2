package io.learnpath.platform.paging;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a collection, the shape every list endpoint answers: {@code {items, page, size, totalItems,
 * totalPages}}. The query behind it must sort by something unique, so that pages never overlap or skip an item.
 */
public record Page<T>(List<T> items, int page, int size, long totalItems, long totalPages) {

    public Page {
        items = List.copyOf(items);
    }

    public static <T> Page<T> of(List<T> items, PageQuery query, long totalItems) {
        return new Page<>(items, query.page(), query.size(), totalItems, (totalItems + query.size() - 1) / query.size());
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), page, size, totalItems, totalPages);
    }
}
