-- The local days on which a learner's first learning was announced (StudyDayRecorded). The insert that creates the
-- row is what decides "first of the day": two concurrent changes of one learner on one day both try it, one wins
-- and publishes, the other waits for it and finds the row.
CREATE TABLE study_day_announced
(
    learner_id UUID NOT NULL,
    day        DATE NOT NULL,
    PRIMARY KEY (learner_id, day)
);
