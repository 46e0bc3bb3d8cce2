-- The curriculum becomes content-as-code: the repository's files (curriculum/) are imported into a draft and
-- published as releases. Topics are no longer owned by one roadmap: a topic can belong to several roadmaps, and a
-- roadmap's file lists its topics per level. Ids of the existing topics carry over in the files, so progress keyed
-- by them survives; this migration keeps what the old rows said as each roadmap's first recorded version, so the
-- first release can say what it added, removed and moved.

-- Trigram similarity, for search that forgives small typos. A trusted extension: the database owner may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- One row per release: an editor's publish, or an import of changed files at start-up.
CREATE TABLE curriculum_releases
(
    number       INT                      NOT NULL PRIMARY KEY,
    source       TEXT                     NOT NULL CHECK (source IN ('FILES', 'EDITOR', 'MIGRATION')),
    published_by TEXT                     NOT NULL,
    published_at TIMESTAMP WITH TIME ZONE NOT NULL,
    -- For source FILES: the hash of the imported files, so an unchanged set is not imported again.
    files_hash   TEXT,
    note         TEXT
);

-- Every published version of every roadmap: the tree learners read at that version, and what changed since the
-- version before. The fingerprint covers the tree and the full content of its topics; a release bumps a roadmap's
-- version only when its fingerprint changes.
CREATE TABLE roadmap_versions
(
    roadmap_id   UUID                     NOT NULL REFERENCES roadmaps (id) ON DELETE CASCADE,
    version      INT                      NOT NULL,
    release      INT REFERENCES curriculum_releases (number),
    published_at TIMESTAMP WITH TIME ZONE NOT NULL,
    fingerprint  TEXT                     NOT NULL,
    tree         JSONB                    NOT NULL,
    changes      JSONB                    NOT NULL,
    PRIMARY KEY (roadmap_id, version)
);

INSERT INTO curriculum_releases (number, source, published_by, published_at, note)
VALUES (0, 'MIGRATION', 'migration', now(), 'The roadmaps as they were before the curriculum moved to files');

INSERT INTO roadmap_versions (roadmap_id, version, release, published_at, fingerprint, tree, changes)
SELECT r.id, r.version, 0, r.updated_at, 'migrated',
       jsonb_build_object(
               'id', r.id, 'slug', r.slug, 'title', r.title, 'description', r.description, 'version', r.version,
               'publishedAt', r.updated_at,
               -- The old topics had no effort: one hour each, so that the shape is that of every later version.
               'effortHours', (SELECT count(*) FROM topics t WHERE t.roadmap_id = r.id),
               'topicCount', (SELECT count(*) FROM topics t WHERE t.roadmap_id = r.id),
               'levels', coalesce((SELECT jsonb_agg(jsonb_build_object('level', l.level, 'effortHours', l.effort,
                                                                      'topics', l.topics)
                                                    ORDER BY l.rank)
                                   FROM (SELECT CASE t.level WHEN 'BEGINNER' THEN 'basic'
                                                             ELSE lower(t.level) END AS level,
                                                CASE t.level WHEN 'BEGINNER' THEN 1
                                                             WHEN 'INTERMEDIATE' THEN 2 ELSE 3 END AS rank,
                                                count(*) AS effort,
                                                jsonb_agg(jsonb_build_object('id', t.id, 'slug', t.slug,
                                                                             'title', t.title,
                                                                             'summary', t.summary,
                                                                             'effortHours', 1,
                                                                             'prerequisites', '[]'::jsonb,
                                                                             'subtopics', '[]'::jsonb)
                                                          ORDER BY t.position) AS topics
                                         FROM topics t
                                         WHERE t.roadmap_id = r.id
                                         GROUP BY t.level) l), '[]'::jsonb)),
       jsonb_build_object('previousVersion', 0, 'added', '[]'::jsonb, 'removed', '[]'::jsonb,
                          'moved', '[]'::jsonb, 'updated', '[]'::jsonb)
FROM roadmaps r;

DROP TABLE topics;

-- The published roadmaps. The version column stays the current version; the document is the roadmap's file.
ALTER TABLE roadmaps
    ADD COLUMN document   JSONB,
    ADD COLUMN retired_at TIMESTAMP WITH TIME ZONE;

-- The published topics, current content only (history lives in roadmap_versions). A topic removed by a release is
-- retired, not deleted: its id keeps resolving for learners who worked on it, and its slug becomes free again.
CREATE TABLE topics
(
    id            UUID                     NOT NULL PRIMARY KEY,
    slug          TEXT                     NOT NULL,
    title         TEXT                     NOT NULL,
    summary       TEXT                     NOT NULL,
    effort_hours  INT                      NOT NULL CHECK (effort_hours > 0),
    prerequisites TEXT[]                   NOT NULL,
    subtopics     TEXT[]                   NOT NULL,
    document      JSONB                    NOT NULL,
    retired_at    TIMESTAMP WITH TIME ZONE
);
CREATE UNIQUE INDEX topics_live_slug ON topics (slug) WHERE retired_at IS NULL;

CREATE TABLE projects
(
    id         UUID                     NOT NULL PRIMARY KEY,
    slug       TEXT                     NOT NULL,
    title      TEXT                     NOT NULL,
    difficulty TEXT                     NOT NULL CHECK (difficulty IN ('BEGINNER', 'INTERMEDIATE', 'ADVANCED')),
    topics     TEXT[]                   NOT NULL,
    document   JSONB                    NOT NULL,
    retired_at TIMESTAMP WITH TIME ZONE
);
CREATE UNIQUE INDEX projects_live_slug ON projects (slug) WHERE retired_at IS NULL;
CREATE INDEX projects_by_topic ON projects USING GIN (topics);

-- Removing something is an explicit act with a reason, kept for good.
CREATE TABLE removals
(
    kind       TEXT                     NOT NULL CHECK (kind IN ('ROADMAP', 'TOPIC', 'PROJECT')),
    id         UUID                     NOT NULL,
    slug       TEXT                     NOT NULL,
    reason     TEXT                     NOT NULL,
    removed_by TEXT                     NOT NULL,
    release    INT                      NOT NULL REFERENCES curriculum_releases (number),
    removed_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The editors' working copy: every roadmap, topic and project as its file would say, each with a revision for
-- If-Match. A publish turns the whole draft into the next release.
CREATE TABLE draft_items
(
    kind       TEXT                     NOT NULL CHECK (kind IN ('ROADMAP', 'TOPIC', 'PROJECT')),
    id         UUID                     NOT NULL,
    slug       TEXT                     NOT NULL,
    document   JSONB                    NOT NULL,
    revision   INT                      NOT NULL CHECK (revision > 0),
    updated_by TEXT                     NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (kind, id),
    -- Deferred so that two items can swap slugs within one change.
    CONSTRAINT draft_items_slug_per_kind UNIQUE (kind, slug) DEFERRABLE INITIALLY DEFERRED
);

-- Removals waiting in the draft for the next publish, with their reasons.
CREATE TABLE draft_removals
(
    kind       TEXT                     NOT NULL CHECK (kind IN ('ROADMAP', 'TOPIC', 'PROJECT')),
    id         UUID                     NOT NULL,
    slug       TEXT                     NOT NULL,
    reason     TEXT                     NOT NULL,
    removed_by TEXT                     NOT NULL,
    removed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (kind, id)
);

-- What search looks through, rebuilt by every release: one entry per topic, resource and project idea. Titles
-- weigh most, then summaries, then bodies.
CREATE TABLE search_entries
(
    kind       TEXT NOT NULL CHECK (kind IN ('TOPIC', 'RESOURCE', 'PROJECT')),
    slug       TEXT NOT NULL,
    topic_slug TEXT,
    title      TEXT NOT NULL,
    summary    TEXT NOT NULL,
    body       TEXT NOT NULL,
    url        TEXT,
    document   TSVECTOR GENERATED ALWAYS AS (
        setweight(to_tsvector('english', title), 'A') ||
        setweight(to_tsvector('english', summary), 'B') ||
        setweight(to_tsvector('english', body), 'C')) STORED
);
CREATE INDEX search_entries_document ON search_entries USING GIN (document);

-- Every word of the searchable text, for correcting a misspelt query word to the closest one that exists.
CREATE TABLE search_words
(
    word TEXT NOT NULL PRIMARY KEY
);
CREATE INDEX search_words_trigrams ON search_words USING GIN (word gin_trgm_ops);
