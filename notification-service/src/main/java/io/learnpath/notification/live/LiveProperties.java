package io.learnpath.notification.live;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How live streams behave.
 *
 * @param heartbeat  how often an idle stream gets a comment, so proxies and load balancers keep it open
 * @param timeout    how long one stream lives; clients reconnect with Last-Event-ID and lose nothing
 * @param channel    the Redis pub/sub channel all instances share
 * @param replayLimit at most this many missed notifications (the newest) are replayed on reconnect; the inbox
 *                    has the rest
 * @param maxPending notifications queued for one slow client before its stream is closed
 * @param maxStreamsPerLearner open streams one learner may hold on this instance; opening one more closes the
 *                    oldest (a tab per device is plenty, and each stream holds a connection for its lifetime)
 * @param erasureChannel the Redis pub/sub channel on which instances tell each other to end the streams of a
 *                    learner whose account was deleted
 * @param resubscribeEvery how often an instance that could not subscribe to those channels (Redis slow or down
 *                    while it starts) tries again
 */
@ConfigurationProperties("learnpath.notifications.live")
public record LiveProperties(@DefaultValue("15s") Duration heartbeat, @DefaultValue("30m") Duration timeout,
        @DefaultValue("learnpath:notifications:live") String channel, @DefaultValue("500") int replayLimit,
        @DefaultValue("256") int maxPending, @DefaultValue("5") int maxStreamsPerLearner,
        @DefaultValue("learnpath:notifications:erased") String erasureChannel,
        @DefaultValue("2s") Duration resubscribeEvery) {
}
