package io.learnpath.gateway.ratelimit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Token-bucket budgets: {@code api} for every route, {@code credentials} for sign-in, sign-up and token refresh,
 * which are what password-guessing scripts hammer. Each request takes {@code requestedTokens} from a bucket of
 * {@code burstCapacity} that refills by {@code replenishRate} per second; a rate below one request per second is
 * a {@code requestedTokens} above {@code replenishRate}.
 */
@ConfigurationProperties("learnpath.gateway.rate-limit")
public record RateLimitProperties(@DefaultValue Budget api, @DefaultValue Budget credentials) {

    public record Budget(@DefaultValue("20") int replenishRate, @DefaultValue("40") long burstCapacity,
            @DefaultValue("1") int requestedTokens) {

        public Budget {
            if (replenishRate < 1 || requestedTokens < 1 || burstCapacity < replenishRate
                    || burstCapacity < requestedTokens) {
                throw new IllegalArgumentException("A rate-limit budget needs replenishRate >= 1, requestedTokens"
                        + " >= 1 and burstCapacity >= both, got " + replenishRate + "/" + burstCapacity + "/"
                        + requestedTokens);
            }
        }
    }
}
