package io.learnpath.progress.catalog.policy;

import java.util.List;

/**
 * The levels a topic sits at in a roadmap. The content-service calls them BASIC, INTERMEDIATE and ADVANCED; versions
 * announced before its curriculum moved to files said BEGINNER for BASIC, and a replay may still bring those. The
 * catalogue stores today's names only, so readers never have to know the old one. A level this service does not
 * know yet is kept as announced (the contract allows new values).
 */
public final class TopicLevels {

    public static final String BASIC = "BASIC";
    public static final String INTERMEDIATE = "INTERMEDIATE";
    public static final String ADVANCED = "ADVANCED";

    /** The known levels, easiest first. */
    public static final List<String> KNOWN = List.of(BASIC, INTERMEDIATE, ADVANCED);

    private static final String BEGINNER = "BEGINNER";

    private TopicLevels() {
    }

    /** @return today's name of an announced level: BASIC for BEGINNER, anything else (null included) unchanged */
    public static String current(String announced) {
        return BEGINNER.equals(announced) ? BASIC : announced;
    }
}
