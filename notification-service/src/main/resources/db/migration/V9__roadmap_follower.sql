-- Who follows which roadmap, read from the progress-service's RoadmapFollowed and RoadmapUnfollowed, for "new topics
-- in a roadmap you follow". An unfollow keeps the row (following = false) with the time of the event, so an older
-- event replayed later cannot undo a newer one.
CREATE TABLE roadmap_follower
(
    roadmap_id UUID                     NOT NULL,
    learner_id UUID                     NOT NULL,
    following  BOOLEAN                  NOT NULL,
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (roadmap_id, learner_id)
);

CREATE INDEX roadmap_follower_by_learner ON roadmap_follower (learner_id);
