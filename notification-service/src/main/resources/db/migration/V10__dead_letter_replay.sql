-- Dead letters an operator replayed: one row per dead-letter record (topic, partition, offset), written in the
-- transaction that republishes it, so replaying it again does nothing. The effect is idempotent anyway (consumers
-- deduplicate on the CloudEvents id); this keeps the listing honest and the topic free of needless copies.
CREATE TABLE dead_letter_replay
(
    topic       TEXT                     NOT NULL,
    partition   INTEGER                  NOT NULL,
    "offset"    BIGINT                   NOT NULL,
    event_id    TEXT,
    replayed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (topic, partition, "offset")
);
