package io.learnpath.content.curriculum;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Locale;

/** How hard a project idea is; written {@code beginner}, {@code intermediate} or {@code advanced}. */
public enum Difficulty {
    @JsonProperty("beginner") BEGINNER,
    @JsonProperty("intermediate") INTERMEDIATE,
    @JsonProperty("advanced") ADVANCED;

    /** The name used in files and JSON ({@code beginner}). */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
