package io.learnpath.gateway.ratelimit;

/** What a rate-limit budget does while Redis, where the shared buckets live, cannot be reached. */
public enum WhenRedisIsDown {

    /** Let every request through: losing rate limiting for a while is better than losing the API. */
    LET_THROUGH,

    /**
     * Keep limiting, with a bucket per key in this gateway instance's memory: the budget then holds per instance
     * rather than across all of them, which still stops a password-guessing script.
     */
    LIMIT_LOCALLY
}
