package io.learnpath.content.search;

import io.learnpath.content.curriculum.Curriculum;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Rebuilds the search index from a release, inside the release's transaction, so search never lags a publish. */
@Service
public class SearchIndexer {

    private final SearchStore store;

    SearchIndexer(SearchStore store) {
        this.store = store;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void rebuild(Curriculum published) {
        store.replaceAll(published);
    }
}
