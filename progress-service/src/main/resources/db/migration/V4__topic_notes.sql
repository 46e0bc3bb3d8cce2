-- A learner's private note on a topic: one per learner and topic, shown in every roadmap that lists the topic
-- (like the status, it belongs to the topic). Searched by its owner only, through the generated tsvector ('simple'
-- configuration: notes are in any language, and no stemming beats wrong stemming).
CREATE TABLE topic_note
(
    learner_id UUID                     NOT NULL,
    topic_id   UUID                     NOT NULL,
    body       TEXT                     NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    search     TSVECTOR GENERATED ALWAYS AS (to_tsvector('simple', body)) STORED,
    PRIMARY KEY (learner_id, topic_id),
    CONSTRAINT topic_note_body_length CHECK (char_length(body) BETWEEN 1 AND 10000)
);
CREATE INDEX topic_note_search_idx ON topic_note USING GIN (search);
CREATE INDEX topic_note_recent_idx ON topic_note (learner_id, updated_at DESC, topic_id);
