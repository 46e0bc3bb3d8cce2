-- What a learner did, and when: one row per status change or self-check attempt.
-- local_date is the day in the learner's time zone when it happened, fixed at that moment: a later change of zone
-- never moves past activity to another day, so the calendar and the streaks a learner saw stay as they were.
-- The names are copied as they were then, so the log still reads after a topic is renamed or removed.
CREATE TABLE learning_activity
(
    id              UUID                     NOT NULL PRIMARY KEY,
    learner_id      UUID                     NOT NULL,
    kind            TEXT                     NOT NULL,
    occurred_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    local_date      DATE                     NOT NULL,
    time_zone       TEXT                     NOT NULL,
    roadmap_id      UUID,
    roadmap_slug    TEXT,
    topic_id        UUID,
    topic_slug      TEXT,
    topic_title     TEXT,
    previous_status TEXT,
    status          TEXT,
    -- Whether it counts as learning for the calendar and the streaks: everything but moving a topic back to
    -- NOT_STARTED (a reset is not a day of learning). Fixed when recorded, like local_date.
    learning        BOOLEAN                  NOT NULL,
    -- A self-check attempt's score.
    correct         INT,
    total           INT,
    passed          BOOLEAN
);

-- The calendar (counts per day over a range) and the streaks (the distinct active days) read one learner's
-- days: a range of this index, answered from it alone.
CREATE INDEX learning_activity_by_learner_and_day ON learning_activity (learner_id, local_date) WHERE learning;
-- The log, newest first, a page at a time.
CREATE INDEX learning_activity_by_learner_and_time ON learning_activity (learner_id, occurred_at DESC, id);
