package io.learnpath.content.roadmap;

import io.learnpath.content.ContentProperties;
import org.springframework.boot.cache.autoconfigure.RedisCacheManagerBuilderCustomizer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cache.annotation.CachingConfigurer;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.cache.interceptor.CacheErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.cache.BatchStrategies;
import org.springframework.data.redis.cache.RedisCacheConfiguration;
import org.springframework.data.redis.cache.RedisCacheWriter;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.serializer.JacksonJsonRedisSerializer;
import org.springframework.data.redis.serializer.RedisSerializationContext.SerializationPair;
import tools.jackson.databind.json.JsonMapper;

/**
 * Roadmaps are cached in Redis (Spring Boot's Redis cache manager, {@code spring.cache.type=redis}) as plain JSON
 * of {@link RoadmapDetail}, so entries are readable with redis-cli and carry no Java class names. Redis is an
 * optimisation here, never a dependency: {@link CacheFailureFallback} turns every cache error into a database read.
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
@EnableConfigurationProperties(ContentProperties.class)
class RoadmapCaching implements CachingConfigurer {

    /**
     * Keys look like {@code content:v1:roadmaps::backend}: the service prefix keeps them apart from other users of
     * the same Redis (the gateway's rate limits), and {@code v1} is the shape of the cached JSON; bump it when
     * {@link RoadmapDetail} changes incompatibly so that a rolling deployment does not read the old shape.
     */
    static final String KEY_PREFIX = "content:v1:";

    @Override
    public CacheErrorHandler errorHandler() {
        return new CacheFailureFallback();
    }

    /**
     * Immediate writes: Spring Data Redis 4 otherwise puts and evicts fire-and-forget on Lettuce, so an eviction
     * could still be in flight when the release that caused it reports success, and a failed write would never
     * reach {@link CacheFailureFallback}. SCAN instead of KEYS for clearing, so as not to block a Redis that other
     * services share.
     */
    @Bean
    RedisCacheManagerBuilderCustomizer roadmapCache(ContentProperties properties, JsonMapper json,
            RedisConnectionFactory redis) {
        RedisCacheConfiguration roadmaps = RedisCacheConfiguration.defaultCacheConfig()
                .entryTtl(properties.cacheTtl())
                .disableCachingNullValues()
                .computePrefixWith(cacheName -> KEY_PREFIX + cacheName + "::")
                .serializeValuesWith(SerializationPair.fromSerializer(
                        new JacksonJsonRedisSerializer<>(json, RoadmapDetail.class)));
        RedisCacheWriter writer = RedisCacheWriter.create(redis,
                config -> config.immediateWrites().batchStrategy(BatchStrategies.scan(100)));
        return builder -> builder.cacheWriter(writer).withCacheConfiguration(RoadmapReader.CACHE, roadmaps);
    }
}
