package io.learnpath.progress.milestones;

import io.learnpath.platform.paging.Page;
import io.learnpath.platform.paging.PageQuery;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the milestones a learner reached. */
@Service
public class Milestones {

    private final MilestoneStore store;

    Milestones(MilestoneStore store) {
        this.store = store;
    }

    @Transactional(readOnly = true)
    public Page<Milestone> page(UUID learnerId, PageQuery page) {
        return Page.of(store.page(learnerId, page.offset(), page.size()), page, store.count(learnerId));
    }

    List<Milestone> allOf(UUID learnerId) {
        return store.allOf(learnerId);
    }

    void eraseAllOf(UUID learnerId) {
        store.deleteAllOf(learnerId);
    }
}
