-- What reminders and the weekly digest need to know of a learner's studying, read from the progress-service's
-- events: the last day they learned something (in their zone) with the streak it made (StudyDayRecorded), and
-- per week what they finished (TopicStatusChanged to DONE, MilestoneReached).
CREATE TABLE learner_study
(
    learner_id     UUID                     NOT NULL PRIMARY KEY,
    last_study_day DATE                     NOT NULL,
    streak         INTEGER                  NOT NULL,
    time_zone      TEXT                     NOT NULL,
    recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Learners whose last day of study is old enough for a nudge, or recent enough for a streak reminder.
CREATE INDEX learner_study_by_day ON learner_study (last_study_day);

-- week_start: the Monday of the week, in the learner's zone when the thing happened.
CREATE TABLE study_week
(
    learner_id  UUID    NOT NULL,
    week_start  DATE    NOT NULL,
    topics_done INTEGER NOT NULL DEFAULT 0,
    milestones  INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (learner_id, week_start)
);

-- Each reminder occasion of a learner (the streak of a given day, the nudge after a given last day, the digest of a
-- given week) is sent once: whichever instance inserts the row sends it, in the same transaction; every other one,
-- now or later, finds the row and does nothing.
CREATE TABLE reminder_sent
(
    learner_id UUID                     NOT NULL,
    occasion   TEXT                     NOT NULL,
    sent_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (learner_id, occasion)
);
