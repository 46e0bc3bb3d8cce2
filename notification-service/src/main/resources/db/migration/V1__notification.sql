-- A learner's in-app notifications. One row per triggering event (source_event_id is the CloudEvents id), so
-- even a redelivery that slipped past the processed-event ledger cannot notify twice.
CREATE TABLE notification
(
    -- uuidv7 (PostgreSQL 18): ids sort in creation order, which makes them a natural tiebreak for created_at.
    id              UUID                     NOT NULL DEFAULT uuidv7(),
    learner_id      UUID                     NOT NULL,
    kind            TEXT                     NOT NULL,
    title           TEXT                     NOT NULL,
    body            TEXT                     NOT NULL,
    data            JSONB,
    source_event_id UUID                     NOT NULL,
    -- clock_timestamp, not now(): now() is the transaction's start and would order rows by when work began.
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(),
    read_at         TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (id),
    CONSTRAINT notification_source_event_unique UNIQUE (source_event_id)
);

-- The inbox page, newest first, and the Last-Event-ID replay both walk this index.
CREATE INDEX notification_by_learner_newest ON notification (learner_id, created_at DESC, id DESC);
-- Unread badge and the unread filter touch only the (usually few) unread rows.
CREATE INDEX notification_unread_by_learner ON notification (learner_id, created_at DESC, id DESC)
    WHERE read_at IS NULL;
