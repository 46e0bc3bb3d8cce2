package io.learnpath.gateway.ratelimit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Token-bucket budgets: {@code api} for every route, {@code credentials} for sign-in, sign-up and token refresh,
 * which are what password-guessing scripts hammer. Each request takes {@code requestedTokens} from a bucket of
 * {@code burstCapacity} that refills by {@code replenishRate} per second; a rate below one request per second is
 * a {@code requestedTokens} above {@code replenishRate}.
 *
 * <p>The defaults live here and only here: the credentials budget guards against password guessing, so it is
 * strict even when no configuration file is present. Override with
 * {@code LEARNPATH_GATEWAY_RATELIMIT_CREDENTIALS_REPLENISHRATE} and the like.
 */
@ConfigurationProperties("learnpath.gateway.rate-limit")
public record RateLimitProperties(@DefaultValue Api api, @DefaultValue Credentials credentials) {

    /** What every budget offers the limiter. */
    public sealed interface Budget permits Api, Credentials {

        int replenishRate();

        long burstCapacity();

        int requestedTokens();

        WhenRedisIsDown whenRedisIsDown();
    }

    /**
     * Every route, per learner (or address, without a token) and route: 20 requests a second, bursts of 40; without
     * Redis, requests pass.
     */
    public record Api(@DefaultValue("20") int replenishRate, @DefaultValue("40") long burstCapacity,
            @DefaultValue("1") int requestedTokens, @DefaultValue("LET_THROUGH") WhenRedisIsDown whenRedisIsDown)
            implements Budget {

        public Api {
            requireConsistent(replenishRate, burstCapacity, requestedTokens);
        }
    }

    /**
     * Sign-in, sign-up and refresh, per address: one a second, bursts of 10; without Redis, the same budget per
     * gateway instance.
     */
    public record Credentials(@DefaultValue("1") int replenishRate, @DefaultValue("10") long burstCapacity,
            @DefaultValue("1") int requestedTokens, @DefaultValue("LIMIT_LOCALLY") WhenRedisIsDown whenRedisIsDown)
            implements Budget {

        public Credentials {
            requireConsistent(replenishRate, burstCapacity, requestedTokens);
        }
    }

    private static void requireConsistent(int replenishRate, long burstCapacity, int requestedTokens) {
        if (replenishRate < 1 || requestedTokens < 1 || burstCapacity < replenishRate
                || burstCapacity < requestedTokens) {
            throw new IllegalArgumentException("A rate-limit budget needs replenishRate >= 1, requestedTokens"
                    + " >= 1 and burstCapacity >= both, got " + replenishRate + "/" + burstCapacity + "/"
                    + requestedTokens);
        }
    }
}
