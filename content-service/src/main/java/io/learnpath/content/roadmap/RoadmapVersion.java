package io.learnpath.content.roadmap;

import java.util.UUID;

/** Which version of a roadmap is current. */
public record RoadmapVersion(UUID id, int version) {
}
