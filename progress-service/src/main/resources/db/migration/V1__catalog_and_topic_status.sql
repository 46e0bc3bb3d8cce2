-- Read model of the content-service's published roadmaps. Only the current version of each roadmap is kept:
-- a newer RoadmapPublished replaces the topic list, an older one is ignored.
CREATE TABLE roadmap
(
    id         UUID                     NOT NULL PRIMARY KEY,
    slug       TEXT                     NOT NULL UNIQUE,
    title      TEXT                     NOT NULL,
    version    INT                      NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE topic
(
    id         UUID NOT NULL PRIMARY KEY,
    roadmap_id UUID NOT NULL REFERENCES roadmap (id),
    slug       TEXT NOT NULL,
    title      TEXT NOT NULL,
    level      TEXT NOT NULL,
    position   INT  NOT NULL,
    -- Deferred so that a new version may swap two topics' slugs: rows are upserted one by one and only the
    -- committed state has to be unique.
    CONSTRAINT topic_slug_unique_per_roadmap UNIQUE (roadmap_id, slug) DEFERRABLE INITIALLY DEFERRED
);

-- One row per (learner, topic) ever touched. No foreign key to topic: a topic that leaves the catalogue keeps
-- its learners' statuses (it may come back in a later version); it simply no longer counts.
CREATE TABLE topic_status
(
    learner_id UUID                     NOT NULL,
    topic_id   UUID                     NOT NULL,
    roadmap_id UUID                     NOT NULL,
    status     TEXT                     NOT NULL CHECK (status IN ('NOT_STARTED', 'IN_PROGRESS', 'DONE', 'SKIPPED')),
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (learner_id, topic_id)
);

-- The summary reads one learner's statuses on one roadmap: a range scan bounded by that roadmap's size, whatever
-- the table's size. The included columns let it be answered from the index alone.
CREATE INDEX topic_status_by_learner_and_roadmap ON topic_status (learner_id, roadmap_id)
    INCLUDE (topic_id, status, updated_at);
