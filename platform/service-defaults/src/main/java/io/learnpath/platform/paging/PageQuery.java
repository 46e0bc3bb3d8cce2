package io.learnpath.platform.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * Which page of a collection a client asks for: {@code ?page=} (from 0, default 0) and {@code ?size=} (default
 * {@value #DEFAULT_SIZE}, at most {@value #MAX_SIZE}). Controllers take it as a {@code @Valid PageQuery} parameter;
 * Spring binds it from the query string and a page or size out of range is a validation problem naming the field.
 * The cap keeps one request from reading a whole table.
 */
public record PageQuery(@Min(0) Integer page, @Min(1) @Max(MAX_SIZE) Integer size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public PageQuery {
        page = page == null ? 0 : page;
        size = size == null ? DEFAULT_SIZE : size;
    }

    public static PageQuery first(int size) {
        return new PageQuery(0, size);
    }

    /** Rows to skip; a long, because page × size overflows an int for pages far past the end. */
    public long offset() {
        return (long) page * size;
    }
}
