package io.learnpath.progress.erasure;

import io.learnpath.platform.erasure.ErasedLearnerRegistry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** This service's {@code erased_learner} table (created by its migrations), with the platform's erasure locks. */
@Repository
class ErasedLearnerStore extends ErasedLearnerRegistry {

    ErasedLearnerStore(JdbcClient jdbc) {
        super(jdbc);
    }
}
