package io.learnpath.content.publishing;

import io.learnpath.content.curriculum.RoadmapChanges;
import java.time.Instant;
import java.util.List;

/** What a publish did: the release number, and each roadmap that got a new version, with its changes. */
public record Release(int number, Instant publishedAt, List<RoadmapRelease> roadmaps) {

    public Release {
        roadmaps = List.copyOf(roadmaps);
    }

    public record RoadmapRelease(String slug, int version, RoadmapChanges changes) {
    }
}
