package io.learnpath.content.curriculum;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Locale;

/** What kind of material a learning resource is; written {@code official-docs}, {@code video}... in files. */
public enum ResourceType {
    @JsonProperty("official-docs") OFFICIAL_DOCS,
    @JsonProperty("article") ARTICLE,
    @JsonProperty("video") VIDEO,
    @JsonProperty("course") COURSE,
    @JsonProperty("book") BOOK,
    @JsonProperty("tool") TOOL;

    /** The name used in files and JSON ({@code official-docs}). */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
