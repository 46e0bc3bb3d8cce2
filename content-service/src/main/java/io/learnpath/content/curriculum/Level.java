package io.learnpath.content.curriculum;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Locale;

/** The three stages of a roadmap, in the order a learner goes through them; written {@code basic} in files. */
public enum Level {
    @JsonProperty("basic") BASIC,
    @JsonProperty("intermediate") INTERMEDIATE,
    @JsonProperty("advanced") ADVANCED;

    /** The name used in files and JSON ({@code basic}). */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
