package io.learnpath.content.publishing;

import io.learnpath.content.erasure.AccountErased;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Replaces an erased account's id where the release history names it (publishers, removals). */
@Component
class ReleaseAttributionErasure {

    private final ReleaseStore store;

    ReleaseAttributionErasure(ReleaseStore store) {
        this.store = store;
    }

    @EventListener
    void erase(AccountErased erased) {
        store.replaceEditor(erased.storedAs(), AccountErased.REPLACEMENT);
    }
}
