package io.learnpath.content;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Knobs particular to the content-service, under {@code learnpath.content}.
 *
 * @param cacheTtl   how long a roadmap stays in Redis; a new version evicts it sooner, the TTL only bounds how
 *                   stale an entry can get if that eviction was lost (Redis down at the time)
 * @param httpMaxAge how long clients and proxies may reuse a roadmap without asking again ({@code max-age})
 */
@ConfigurationProperties("learnpath.content")
public record ContentProperties(@DefaultValue("10m") Duration cacheTtl, @DefaultValue("60s") Duration httpMaxAge) {
}
