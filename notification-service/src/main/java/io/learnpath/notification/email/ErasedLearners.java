package io.learnpath.notification.email;

import io.learnpath.platform.erasure.ErasedLearnerRegistry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The service's {@code erased_learner} table as the mail feature checks it: no mail is queued for an erased learner. */
@Repository
class ErasedLearners extends ErasedLearnerRegistry {

    ErasedLearners(JdbcClient jdbc) {
        super(jdbc);
    }
}
