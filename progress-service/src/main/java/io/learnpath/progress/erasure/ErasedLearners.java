package io.learnpath.progress.erasure;

import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Which learners were erased, for the features that write about learners: what they write must not outlive one. */
@Service
public class ErasedLearners {

    private final ErasedLearnerStore store;

    ErasedLearners(ErasedLearnerStore store) {
        this.store = store;
    }

    /**
     * Whether the learner's data was erased (their account deleted); then write nothing about them. Call it first in
     * the transaction that writes: it also holds off an erasure of this learner until that transaction ends, so what
     * the transaction writes is either refused here or erased with the rest, never left behind.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean isErased(UUID learnerId) {
        return store.isErased(learnerId);
    }
}
