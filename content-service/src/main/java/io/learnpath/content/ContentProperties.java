package io.learnpath.content;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Knobs particular to the content-service, under {@code learnpath.content}.
 *
 * @param cacheTtl           how long a read stays in Redis; a release replaces it sooner, the TTL only bounds how
 *                           long an entry lives when nobody reads it
 * @param cacheEnabled       whether public reads go through the cache at all; off only to measure what it saves
 * @param localCacheEntries  how many reads each instance keeps in memory in front of Redis
 * @param httpMaxAge         how long clients and proxies may reuse a read without asking again ({@code max-age})
 * @param curriculumLocation where the curriculum files are read from at start-up (a Spring resource location)
 */
@ConfigurationProperties("learnpath.content")
public record ContentProperties(@DefaultValue("10m") Duration cacheTtl, @DefaultValue("true") boolean cacheEnabled,
        @DefaultValue("2000") int localCacheEntries,
        @DefaultValue("60s") Duration httpMaxAge, @DefaultValue("classpath:curriculum/") String curriculumLocation) {
}
