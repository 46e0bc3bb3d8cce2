package io.learnpath.content.catalog;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.learnpath.content.ContentProperties;
import io.learnpath.platform.outage.OutageLog;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.Cursor;
import org.springframework.data.redis.core.ScanOptions;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

/**
 * The cache in front of every public read, stamped with the release each entry was read from, so that no read is
 * stale after a publish, even one that raced with it. Two levels: each instance keeps the reads it served in
 * memory (Caffeine, bounded), Redis shares them between instances. Every read first asks Redis for the release mark
 * (a few bytes); an entry of an older release is never served, so a publish on one instance is seen by all at
 * once, while the body, tens of kilobytes for a roadmap tree, crosses the network only when an instance has not
 * got it yet.
 *
 * <p>Written by hand because Spring's cache abstraction has no conditional put: a read that loaded release N just
 * before release N+1 committed could otherwise store N after the publish cleared the cache, and serve it until the
 * TTL. Here a publish first raises {@code content:v2:release} to N+1 and then clears the entries; a put is a Lua
 * script that stores only if the entry's release is not older than that mark. Either the late put sees the new mark
 * and does nothing, or it ran before the mark was raised and the clear that follows removes it.
 *
 * <p>Redis is an optimisation, never a dependency: every failure is treated as a miss, and an outage is logged
 * once when it starts and once when it ends ({@link OutageLog}), not once per read.
 */
@Component
public class CatalogCache {

    static final String PREFIX = "content:v2:";
    static final String RELEASE_KEY = PREFIX + "release";
    static final String ENTRY_PREFIX = PREFIX + "entry:";

    private static final Logger log = LoggerFactory.getLogger(CatalogCache.class);

    private static final RedisScript<Long> PUT_IF_CURRENT = RedisScript.of("""
            local mark = tonumber(redis.call('GET', KEYS[2]) or '0')
            if tonumber(ARGV[2]) >= mark then
              redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[3])
              return 1
            end
            return 0
            """, Long.class);

    private static final RedisScript<Long> RAISE_MARK = RedisScript.of("""
            local mark = tonumber(redis.call('GET', KEYS[1]) or '0')
            if tonumber(ARGV[1]) > mark then
              redis.call('SET', KEYS[1], ARGV[1])
            end
            return 1
            """, Long.class);

    private final StringRedisTemplate redis;
    private final ContentProperties properties;
    private final Cache<String, CachedRead> local;
    private final OutageLog outage;

    CatalogCache(StringRedisTemplate redis, ContentProperties properties, Clock clock, MeterRegistry meters) {
        this.redis = redis;
        this.properties = properties;
        this.outage = OutageLog.ofRedis(log, "read-cache", "Redis (the read cache)", "reads come from the database",
                clock, meters);
        this.local = Caffeine.newBuilder().maximumSize(properties.localCacheEntries())
                .expireAfterWrite(properties.cacheTtl()).build();
    }

    /** The cached read for {@code key}, or {@code load}'s answer, which is then cached. */
    public CachedRead read(String key, Supplier<CachedRead> load) {
        if (!properties.cacheEnabled()) {
            return load.get();
        }
        OptionalInt mark = mark();
        if (mark.isEmpty()) {
            // Without the mark neither level can be trusted to be current: read what is committed.
            return load.get();
        }
        CachedRead near = local.getIfPresent(key);
        if (near != null && near.release() >= mark.getAsInt()) {
            return near;
        }
        Optional<CachedRead> shared = get(key).filter(read -> read.release() >= mark.getAsInt());
        if (shared.isPresent()) {
            local.put(key, shared.get());
            return shared.get();
        }
        CachedRead loaded = load.get();
        if (put(key, loaded)) {
            local.put(key, loaded);
        }
        return loaded;
    }

    /** The release mark: no entry older than it may be served; 0 before the first publish. */
    private OptionalInt mark() {
        try {
            String mark = redis.opsForValue().get(RELEASE_KEY);
            outage.succeeded();
            return OptionalInt.of(mark == null ? 0 : Integer.parseInt(mark));
        } catch (RuntimeException e) {
            outage.failed(e);
            return OptionalInt.empty();
        }
    }

    /** Called after a release commits: no entry older than {@code release} is served or stored from now on. */
    public void releasePublished(int release) {
        // This instance's own copies go at once; other instances drop theirs when they see the raised mark.
        local.invalidateAll();
        try {
            redis.execute(RAISE_MARK, List.of(RELEASE_KEY), String.valueOf(release));
            try (Cursor<String> keys = redis.scan(ScanOptions.scanOptions().match(ENTRY_PREFIX + "*").count(200)
                    .build())) {
                List<String> batch = new java.util.ArrayList<>();
                while (keys.hasNext()) {
                    batch.add(keys.next());
                    if (batch.size() == 200) {
                        redis.delete(batch);
                        batch.clear();
                    }
                }
                if (!batch.isEmpty()) {
                    redis.delete(batch);
                }
            }
        } catch (RuntimeException e) {
            log.warn("Could not clear the read cache for release {}; entries expire within {}: {}", release,
                    properties.cacheTtl(), e.getMessage());
        }
    }

    private Optional<CachedRead> get(String key) {
        try {
            return Optional.ofNullable(redis.opsForValue().get(ENTRY_PREFIX + key)).map(CachedRead::decode);
        } catch (RuntimeException e) {
            outage.failed(e);
            return Optional.empty();
        }
    }

    /** Forgets this instance's copies; for tests that change Redis behind the cache's back. */
    void forgetLocalCopies() {
        local.invalidateAll();
    }

    /** @return whether the read was current enough to be stored */
    private boolean put(String key, CachedRead read) {
        try {
            Long stored = redis.execute(PUT_IF_CURRENT, List.of(ENTRY_PREFIX + key, RELEASE_KEY), read.encode(),
                    String.valueOf(read.release()), String.valueOf(properties.cacheTtl().toMillis()));
            return stored != null && stored == 1;
        } catch (RuntimeException e) {
            outage.failed(e);
            return false;
        }
    }
}
