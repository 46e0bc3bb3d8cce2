package io.learnpath.content.roadmap;

import io.learnpath.platform.paging.Page;
import io.learnpath.platform.paging.PageQuery;
import org.springframework.stereotype.Service;

/** Lists roadmaps a page at a time, sorted by slug. */
@Service
public class RoadmapListing {

    private final RoadmapStore store;

    RoadmapListing(RoadmapStore store) {
        this.store = store;
    }

    public Page<RoadmapSummary> page(PageQuery query) {
        return Page.of(store.summaries(query.offset(), query.size()), query, store.count());
    }
}
