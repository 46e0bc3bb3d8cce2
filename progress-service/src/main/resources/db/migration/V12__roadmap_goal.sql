-- A learner's target date for finishing a roadmap: a date of the learner's own calendar. One per learner and
-- roadmap; setting it again replaces it.
CREATE TABLE roadmap_goal
(
    learner_id  UUID                     NOT NULL,
    roadmap_id  UUID                     NOT NULL REFERENCES roadmap (id),
    target_date DATE                     NOT NULL,
    set_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (learner_id, roadmap_id)
);
