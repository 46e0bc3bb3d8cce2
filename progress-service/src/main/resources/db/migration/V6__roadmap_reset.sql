-- Each time a learner started a roadmap over (only resets that changed at least one topic): when, and how many
-- topics went back to NOT_STARTED or kept their status because another followed roadmap lists them.
CREATE TABLE roadmap_reset
(
    id           UUID                     NOT NULL PRIMARY KEY,
    learner_id   UUID                     NOT NULL,
    roadmap_id   UUID                     NOT NULL REFERENCES roadmap (id),
    reset_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    reset_topics INT                      NOT NULL CHECK (reset_topics > 0),
    kept_topics  INT                      NOT NULL CHECK (kept_topics >= 0)
);
CREATE INDEX roadmap_reset_learner_idx ON roadmap_reset (learner_id, reset_at DESC, id);
