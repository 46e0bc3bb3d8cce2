package io.learnpath.content.editing;

import io.learnpath.content.erasure.AccountErased;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Replaces an erased account's id where the draft names it (changed items, pending removals). */
@Component
class DraftAttributionErasure {

    private final DraftStore store;

    DraftAttributionErasure(DraftStore store) {
        this.store = store;
    }

    @EventListener
    void erase(AccountErased erased) {
        store.replaceEditor(erased.storedAs(), AccountErased.REPLACEMENT);
    }
}
