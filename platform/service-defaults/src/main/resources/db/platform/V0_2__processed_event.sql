-- The idempotent consumers' ledger: one row per (consumer, CloudEvents id) applied. Inserting the row in the
-- same transaction as the event's effects makes a redelivered event a no-op.
CREATE TABLE IF NOT EXISTS processed_event
(
    consumer     TEXT                     NOT NULL,
    event_id     UUID                     NOT NULL,
    event_type   TEXT                     NOT NULL,
    processed_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
);
