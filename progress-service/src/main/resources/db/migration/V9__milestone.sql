-- Milestones a learner reached, each once: the key (learner, milestone) is what makes a concurrent or repeated
-- detection insert nothing (INSERT ... ON CONFLICT DO NOTHING in the transaction of the change that reached it).
-- milestone is a stable id: first-topic-done, streak-7, roadmap-<id>-percent-50, roadmap-<id>-level-basic.
-- The roadmap's slug and title are kept as they were, so a milestone reads the same after a republication; it is
-- never taken back (only an erasure deletes it).
CREATE TABLE milestone
(
    learner_id    UUID                     NOT NULL,
    milestone     TEXT                     NOT NULL,
    kind          TEXT                     NOT NULL,
    threshold     INT                      NOT NULL,
    title         TEXT                     NOT NULL,
    roadmap_id    UUID,
    roadmap_slug  TEXT,
    roadmap_title TEXT,
    level         TEXT,
    reached_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (learner_id, milestone)
);

-- The learner's milestones in the order they were reached, a page at a time.
CREATE INDEX milestone_by_learner_and_time ON milestone (learner_id, reached_at, milestone);

-- Milestone detection asks which roadmaps list a changed topic (a topic shared by two roadmaps moves both);
-- the membership key leads with the roadmap, so this needs its own index.
CREATE INDEX roadmap_topic_by_topic ON roadmap_topic (topic_id);
