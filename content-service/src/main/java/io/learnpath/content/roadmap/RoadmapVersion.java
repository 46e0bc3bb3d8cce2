package io.learnpath.content.roadmap;

import java.util.UUID;

/** Which version of a roadmap is current: any change to the roadmap or its topics bumps it. */
public record RoadmapVersion(UUID roadmapId, int version) {
}
