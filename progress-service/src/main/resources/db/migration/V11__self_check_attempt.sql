-- Each self-check a learner took: the score, whether it passed, and every answer with its result
-- ([{"questionId", "choice", "correct", "correctChoice"}]). The topic's and roadmap's names are kept as they were,
-- so past results still read after a rename or a removal.
CREATE TABLE self_check_attempt
(
    id           UUID                     NOT NULL PRIMARY KEY,
    learner_id   UUID                     NOT NULL,
    roadmap_id   UUID                     NOT NULL,
    roadmap_slug TEXT                     NOT NULL,
    topic_id     UUID                     NOT NULL,
    topic_slug   TEXT                     NOT NULL,
    topic_title  TEXT                     NOT NULL,
    attempted_at TIMESTAMP WITH TIME ZONE NOT NULL,
    correct      INT                      NOT NULL CHECK (correct >= 0),
    total        INT                      NOT NULL CHECK (total > 0 AND correct <= total),
    passed       BOOLEAN                  NOT NULL,
    results      JSONB                    NOT NULL
);

-- One topic's attempts, newest first (the topic's result), and the learner's topics by latest attempt.
CREATE INDEX self_check_attempt_by_topic ON self_check_attempt (learner_id, topic_id, attempted_at DESC);
CREATE INDEX self_check_attempt_by_time ON self_check_attempt (learner_id, attempted_at DESC);
