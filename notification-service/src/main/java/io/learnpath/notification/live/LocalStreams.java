package io.learnpath.notification.live;

import java.util.UUID;

/**
 * The live streams open on this instance, as the relay sees them: somewhere to hand each notification it hears on
 * the shared channel. An interface so that the Redis fan-out knows nothing of HTTP; the SSE side
 * ({@code live.web}) implements it.
 */
public interface LocalStreams {

    /**
     * Sends the notification to the learner's streams on this instance, with the unread count as it is now; a
     * learner with none here is simply not connected here.
     */
    void deliver(UUID learnerId, LiveNotification notification);

    /** Sends the learner's streams on this instance their unread count as it is now (a change without a notice). */
    void unreadCountChanged(UUID learnerId);

    /** Ends the learner's streams on this instance, without waiting for them (the learner was erased). */
    void end(UUID learnerId);
}
