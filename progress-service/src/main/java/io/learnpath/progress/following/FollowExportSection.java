package io.learnpath.progress.following;

import io.learnpath.progress.export.LearnerDataSection;
import java.util.List;
import java.util.UUID;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The roadmaps the learner follows, in the export, first followed first. */
@Component
@Order(70)
class FollowExportSection implements LearnerDataSection<FollowedRoadmap> {

    private final RoadmapFollowing following;

    FollowExportSection(RoadmapFollowing following) {
        this.following = following;
    }

    @Override
    public String name() {
        return "follows";
    }

    @Override
    public Class<FollowedRoadmap> rowType() {
        return FollowedRoadmap.class;
    }

    @Override
    public List<FollowedRoadmap> rowsOf(UUID learnerId) {
        return following.allOf(learnerId);
    }
}
