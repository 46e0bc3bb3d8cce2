-- Mail waiting to go out, and what became of it. A row is written in the transaction that handles the event that
-- caused it (the event inbox's), so a mail is queued exactly when its event is processed; the dispatcher sends it
-- afterwards and retries with back-off while the mail server is down. source_key is unique: the same occasion
-- (event, reminder) queues one mail however often it is handled.
--
-- Bodies may hold single-use links (verify the address, reset the password), so they are cleared as soon as the
-- mail reaches a final state; what stays is the history: to whom, what, when and how it went.
CREATE TABLE email_message
(
    id              UUID                     NOT NULL DEFAULT uuidv7() PRIMARY KEY,
    learner_id      UUID                     NOT NULL,
    kind            TEXT                     NOT NULL,
    recipient       TEXT                     NOT NULL,
    subject         TEXT                     NOT NULL,
    text_body       TEXT,
    html_body       TEXT,
    -- RFC 8058 one-click unsubscribe target; null for mails nobody may unsubscribe from (account security).
    unsubscribe_url TEXT,
    source_key      TEXT                     NOT NULL,
    -- PENDING until sent (SENT) or given up (FAILED).
    status          TEXT                     NOT NULL DEFAULT 'PENDING',
    attempts        INTEGER                  NOT NULL DEFAULT 0,
    -- When the dispatcher may next take it: now, after a back-off, after the learner's quiet hours, or (while an
    -- instance is sending it) the end of that instance's lease, so a crashed sender's mail is taken up again.
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at         TIMESTAMP WITH TIME ZONE,
    -- The farewell mail of a deleted account is queued as the rest is erased; the row goes once it is final.
    erase_when_final BOOLEAN                 NOT NULL DEFAULT FALSE,
    CONSTRAINT email_message_source_unique UNIQUE (source_key)
);

-- The dispatcher's question: what is due now?
CREATE INDEX email_message_due ON email_message (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX email_message_by_learner ON email_message (learner_id, created_at DESC);

-- One row per try: when, and how it went (SENT, RETRY with the error, FAILED with the error).
CREATE TABLE email_attempt
(
    message_id   UUID                     NOT NULL REFERENCES email_message (id) ON DELETE CASCADE,
    attempt      INTEGER                  NOT NULL,
    attempted_at TIMESTAMP WITH TIME ZONE NOT NULL,
    outcome      TEXT                     NOT NULL,
    error        TEXT,
    PRIMARY KEY (message_id, attempt)
);
