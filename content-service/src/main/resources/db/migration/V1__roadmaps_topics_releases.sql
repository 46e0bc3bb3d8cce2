-- A roadmap is the unit learners follow and the unit we version: any change to it or its topics bumps
-- roadmaps.version, and each version is announced once to other services (roadmap_releases).
CREATE TABLE roadmaps
(
    id          UUID                     NOT NULL PRIMARY KEY,
    slug        TEXT                     NOT NULL UNIQUE
        CONSTRAINT roadmaps_slug_format CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(slug) <= 64),
    title       TEXT                     NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    description TEXT                     NOT NULL,
    version     INT                      NOT NULL DEFAULT 1 CHECK (version > 0),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);

CREATE TABLE topics
(
    id         UUID NOT NULL PRIMARY KEY,
    roadmap_id UUID NOT NULL REFERENCES roadmaps (id) ON DELETE CASCADE,
    slug       TEXT NOT NULL
        CONSTRAINT topics_slug_format CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(slug) <= 64),
    title      TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    summary    TEXT NOT NULL,
    level      TEXT NOT NULL CHECK (level IN ('BEGINNER', 'INTERMEDIATE', 'ADVANCED')),
    position   INT  NOT NULL CHECK (position > 0),
    CONSTRAINT topics_slug_per_roadmap UNIQUE (roadmap_id, slug),
    -- Deferred so that an editor can reorder topics by swapping positions inside one transaction.
    CONSTRAINT topics_position_per_roadmap UNIQUE (roadmap_id, position) DEFERRABLE INITIALLY DEFERRED
);

-- One row per roadmap version that has been announced (RoadmapPublished written to the outbox). The primary key
-- is what makes announcing idempotent across restarts and between instances starting at the same time: only
-- the transaction whose INSERT ... ON CONFLICT DO NOTHING adds the row publishes the event.
CREATE TABLE roadmap_releases
(
    roadmap_id   UUID                     NOT NULL REFERENCES roadmaps (id) ON DELETE CASCADE,
    version      INT                      NOT NULL,
    event_id     UUID                     NOT NULL UNIQUE,
    announced_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    PRIMARY KEY (roadmap_id, version)
);
