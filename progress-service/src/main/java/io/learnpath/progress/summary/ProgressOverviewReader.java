package io.learnpath.progress.summary;

import io.learnpath.platform.paging.Page;
import io.learnpath.platform.paging.PageQuery;
import io.learnpath.progress.catalog.RoadmapCatalog;
import io.learnpath.progress.following.FollowedRoadmap;
import io.learnpath.progress.following.RoadmapFollowing;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The learner's overview: a summary of each roadmap they follow, a page at a time. Each roadmap costs the same two
 * bounded reads as its own summary, so a page costs at most {@code size} of them, whatever the tables hold.
 */
@Service
class ProgressOverviewReader {

    private final RoadmapFollowing following;
    private final RoadmapCatalog catalog;
    private final ProgressSummaryReader summaries;

    ProgressOverviewReader(RoadmapFollowing following, RoadmapCatalog catalog, ProgressSummaryReader summaries) {
        this.following = following;
        this.catalog = catalog;
        this.summaries = summaries;
    }

    // One snapshot: a status change or a publication during the read cannot show in one roadmap and not another.
    @Transactional(readOnly = true)
    Page<RoadmapOverview> overview(UUID learnerId, PageQuery page) {
        return following.followed(learnerId, page).map(followed -> overviewOf(learnerId, followed));
    }

    private RoadmapOverview overviewOf(UUID learnerId, FollowedRoadmap followed) {
        return RoadmapOverview.of(summaries.summary(learnerId, catalog.roadmap(followed.roadmapId()).orElseThrow()),
                followed.followedAt());
    }
}
