package io.learnpath.content.roadmap;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cache.Cache;
import org.springframework.cache.interceptor.CacheErrorHandler;

/**
 * Lets reads carry on from the database when the cache fails (Redis down, timing out, or holding an entry in a
 * shape this version cannot read). A failed get counts as a miss, a failed put or evict is skipped. An evict lost
 * this way leaves a stale entry for at most the cache TTL, which is why the TTL is kept short.
 */
class CacheFailureFallback implements CacheErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(CacheFailureFallback.class);

    @Override
    public void handleCacheGetError(RuntimeException exception, Cache cache, Object key) {
        warn("read", cache, key, exception);
    }

    @Override
    public void handleCachePutError(RuntimeException exception, Cache cache, Object key, @Nullable Object value) {
        warn("write", cache, key, exception);
    }

    @Override
    public void handleCacheEvictError(RuntimeException exception, Cache cache, Object key) {
        warn("evict", cache, key, exception);
    }

    @Override
    public void handleCacheClearError(RuntimeException exception, Cache cache) {
        warn("clear", cache, "*", exception);
    }

    // The message only: while Redis is down every request would otherwise log a full stack trace.
    private static void warn(String operation, Cache cache, Object key, RuntimeException exception) {
        log.warn("Cache {} failed for {}::{}, using the database instead: {}", operation, cache.getName(), key,
                exception.getMessage());
    }
}
