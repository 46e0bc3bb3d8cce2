package io.learnpath.content.roadmap;

import java.util.UUID;

/**
 * The strong ETag of a roadmap. Every change to a roadmap or its topics bumps its version, so id and version
 * identify the representation exactly, and the tag can be computed without hashing the body.
 */
public final class RoadmapEntityTag {

    private RoadmapEntityTag() {
    }

    public static String of(UUID roadmapId, int version) {
        return "\"" + roadmapId + "-v" + version + "\"";
    }
}
