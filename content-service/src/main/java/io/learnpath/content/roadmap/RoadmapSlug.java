package io.learnpath.content.roadmap;

/** What a roadmap slug may look like; the same rule is a CHECK constraint on {@code roadmaps.slug}. */
public final class RoadmapSlug {

    public static final String PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";
    public static final int MAX_LENGTH = 64;
    public static final String MESSAGE = "must be lowercase letters and digits separated by single hyphens";

    private RoadmapSlug() {
    }
}
