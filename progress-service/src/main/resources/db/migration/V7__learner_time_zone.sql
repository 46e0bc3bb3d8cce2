-- Each learner's time zone, a read model of the auth-service's UserRegistered and ProfileChanged: where the
-- learner's days begin and end, for the activity calendar and streaks. A learner without a row is on UTC.
-- changed_at is the event's occurredAt: an older event arriving late never overwrites a newer zone.
CREATE TABLE learner_time_zone
(
    learner_id UUID                     NOT NULL PRIMARY KEY,
    time_zone  TEXT                     NOT NULL,
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL
);
