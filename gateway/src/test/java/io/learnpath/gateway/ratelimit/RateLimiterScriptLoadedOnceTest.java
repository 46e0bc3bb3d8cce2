package io.learnpath.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.data.redis.core.script.DefaultRedisScript;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.scripting.support.ResourceScriptSource;

class RateLimiterScriptLoadedOnceTest {

    private static final String LUA = "return {1, 0}";

    private final AtomicInteger modificationChecks = new AtomicInteger();
    private final ByteArrayResource file = new ByteArrayResource(LUA.getBytes(StandardCharsets.UTF_8)) {
        @Override
        public long lastModified() {
            modificationChecks.incrementAndGet();
            return 0;
        }
    };

    @Test
    void theLimitersScriptKeepsItsTextAndTypeButNoLongerAsksTheResourcePerRequest() {
        DefaultRedisScript<List> declared = new DefaultRedisScript<>();
        declared.setScriptSource(new ResourceScriptSource(file));
        declared.setResultType(List.class);
        String sha1 = declared.getSha1();

        Object kept = new RateLimiterScriptLoadedOnce()
                .postProcessAfterInitialization(declared, RedisRateLimiter.REDIS_SCRIPT_NAME);
        int checksBefore = modificationChecks.get();

        assertThat(kept).isInstanceOf(RedisScript.class).isNotSameAs(declared);
        RedisScript<?> script = (RedisScript<?>) kept;
        for (int request = 0; request < 100; request++) {
            assertThat(script.getSha1()).isEqualTo(sha1);
        }
        assertThat(script.getScriptAsString()).isEqualTo(LUA);
        assertThat(script.getResultType()).isEqualTo(List.class);
        assertThat(modificationChecks.get()).isEqualTo(checksBefore);
        // The declared script, by contrast, asks on every use: the cost this post-processor removes.
        declared.getSha1();
        assertThat(modificationChecks.get()).isGreaterThan(checksBefore);
    }

    @Test
    void otherBeansPassUnchanged() {
        DefaultRedisScript<List> other = new DefaultRedisScript<>(LUA, List.class);
        assertThat(new RateLimiterScriptLoadedOnce().postProcessAfterInitialization(other, "someOtherScript"))
                .isSameAs(other);
    }
}
