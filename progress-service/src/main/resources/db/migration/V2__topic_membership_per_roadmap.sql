-- A topic may belong to several roadmaps, with the same id in each (RoadmapPublished v1 says so since it gained
-- nesting, effort and prerequisites). The catalogue therefore keeps one row per membership, keyed by
-- (roadmap, topic): publishing one roadmap changes only its own rows and never takes a topic away from another.
ALTER TABLE topic RENAME TO roadmap_topic;
ALTER TABLE roadmap_topic RENAME COLUMN id TO topic_id;
ALTER TABLE roadmap_topic DROP CONSTRAINT topic_pkey;
-- Leading with roadmap_id, the key also serves "the topics of a roadmap".
ALTER TABLE roadmap_topic ADD CONSTRAINT roadmap_topic_pkey PRIMARY KEY (roadmap_id, topic_id);
ALTER TABLE roadmap_topic RENAME CONSTRAINT topic_roadmap_id_fkey TO roadmap_topic_roadmap_id_fkey;
-- Still deferred, so that a new version may swap two topics' slugs within the roadmap.
ALTER TABLE roadmap_topic RENAME CONSTRAINT topic_slug_unique_per_roadmap TO roadmap_topic_slug_unique_per_roadmap;

-- What the publication now says about a topic's place in the roadmap:
--   parent_id     the topic it is a sub-topic of in this roadmap (NULL at the top level); the contract tells the
--                 nesting from the parent's side, the listener turns it around;
--   effort_hours  the estimated effort of the topic alone; 0 for rows and events from before effort was published;
--   prerequisites topic ids to finish first, possibly of other roadmaps, so no foreign key.
ALTER TABLE roadmap_topic
    ADD COLUMN parent_id     UUID,
    ADD COLUMN effort_hours  INT    NOT NULL DEFAULT 0,
    ADD COLUMN prerequisites UUID[] NOT NULL DEFAULT '{}';
-- The defaults only fill the existing rows; every publication writes all three.
ALTER TABLE roadmap_topic
    ALTER COLUMN effort_hours DROP DEFAULT,
    ALTER COLUMN prerequisites DROP DEFAULT;

-- Levels are now BASIC, INTERMEDIATE, ADVANCED; the content-service's older versions said BEGINNER for BASIC.
UPDATE roadmap_topic SET level = 'BASIC' WHERE level = 'BEGINNER';

-- A learner's status belongs to the topic, whichever roadmap it was set through: a topic shared by two roadmaps
-- shows the same status in both. The roadmap a row was written through no longer means anything, and the
-- summary now reads the statuses of a roadmap's topics by (learner_id, topic_id).
DROP INDEX topic_status_by_learner_and_roadmap;
ALTER TABLE topic_status DROP COLUMN roadmap_id;
-- The key, covering what the summary reads, so a learner's statuses on a roadmap come from the index alone: a
-- lookup per topic of the roadmap, whatever the table's size.
ALTER TABLE topic_status
    DROP CONSTRAINT topic_status_pkey,
    ADD CONSTRAINT topic_status_pkey PRIMARY KEY (learner_id, topic_id) INCLUDE (status, updated_at);
