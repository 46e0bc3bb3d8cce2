-- What a learner changed from the defaults, per notification type and channel. Absent means the default (see
-- preferences.NotificationType), so a new type needs no backfill and a default can change for those who never
-- chose.
CREATE TABLE notification_preference
(
    learner_id UUID                     NOT NULL,
    type       TEXT                     NOT NULL,
    channel    TEXT                     NOT NULL,
    enabled    BOOLEAN                  NOT NULL,
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (learner_id, type, channel)
);

-- Hours of the learner's own day (their time zone) in which no mail and no reminder reaches them; start after end
-- means the quiet hours cross midnight (22:00-07:00).
CREATE TABLE quiet_hours
(
    learner_id UUID                     NOT NULL PRIMARY KEY,
    starts_at  TIME                     NOT NULL,
    ends_at    TIME                     NOT NULL,
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT quiet_hours_not_empty CHECK (starts_at <> ends_at)
);

-- The key that signs unsubscribe links, made once by whichever instance needs it first and shared by all through
-- the database, so a link keeps working across restarts and instances without a secret to configure.
CREATE TABLE signing_key
(
    purpose    TEXT                     NOT NULL PRIMARY KEY,
    secret     BYTEA                    NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
