package io.learnpath.content.roadmap;

import io.learnpath.platform.paging.Page;
import io.learnpath.platform.paging.PageQuery;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Lists roadmaps a page at a time, sorted by slug. */
@Service
public class RoadmapListing {

    private final RoadmapStore store;

    RoadmapListing(RoadmapStore store) {
        this.store = store;
    }

    /** A page past the end is empty, with the totals still counted. */
    @Transactional(readOnly = true)
    public Page<RoadmapSummary> page(PageQuery query) {
        long total = store.count();
        List<RoadmapSummary> items = query.offset() >= total ? List.of() : store.summaries(query);
        return Page.of(items, query, total);
    }
}
