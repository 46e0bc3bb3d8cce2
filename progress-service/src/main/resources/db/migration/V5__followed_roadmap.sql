-- The roadmaps a learner follows, which the overview lists. Following is explicit (PUT .../follow) or implied by
-- the learner's first start on one of the roadmap's topics; unfollowing deletes the row and keeps every status
-- (statuses belong to topics). The index serves the overview's page, most recently followed first.
CREATE TABLE followed_roadmap
(
    learner_id  UUID                     NOT NULL,
    roadmap_id  UUID                     NOT NULL REFERENCES roadmap (id),
    followed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (learner_id, roadmap_id)
);
CREATE INDEX followed_roadmap_recent_idx ON followed_roadmap (learner_id, followed_at DESC, roadmap_id);
