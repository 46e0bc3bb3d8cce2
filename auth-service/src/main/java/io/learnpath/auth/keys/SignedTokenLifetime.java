package io.learnpath.auth.keys;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long the tokens a key signs stay valid, which is how long a retired key must stay published. Bound from the
 * same property as the tokens feature's {@code TokenLifetimes}: the keys are the foundation tokens build on, so they
 * cannot ask that feature.
 *
 * @param accessTokenTtl {@code learnpath.auth.access-token-ttl}
 */
@ConfigurationProperties("learnpath.auth")
public record SignedTokenLifetime(@DefaultValue("15m") Duration accessTokenTtl) {
}
