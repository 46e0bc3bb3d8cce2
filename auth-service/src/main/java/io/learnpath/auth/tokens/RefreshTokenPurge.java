package io.learnpath.auth.tokens;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes families whose every token has expired: they can no longer be used, and reuse of an expired token is
 * refused anyway. Running on several instances at once is harmless; the delete is idempotent.
 */
@Component
class RefreshTokenPurge {

    private static final Logger log = LoggerFactory.getLogger(RefreshTokenPurge.class);

    private final RefreshTokenStore store;
    private final Clock clock;

    RefreshTokenPurge(RefreshTokenStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Scheduled(cron = "${learnpath.auth.refresh-token-purge-cron:0 17 3 * * *}")
    void purgeExpiredFamilies() {
        int deleted = store.deleteFamiliesExpiredBefore(clock.instant());
        if (deleted > 0) {
            log.info("Deleted {} expired refresh-token families", deleted);
        }
    }
}
