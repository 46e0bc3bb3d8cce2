-- The security audit trail (ASVS V16): who did what to which account, when and from where. No foreign key to
-- account: the trail of a deleted account outlives it (until the retention purge), as evidence of what happened.
CREATE TABLE audit_event
(
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id    UUID,
    -- Who acted, when it is not the account itself (an admin changing roles, disabling).
    actor_id      UUID,
    action        TEXT                     NOT NULL,
    -- A short, secret-free detail ("roles=LEARNER,EDITOR", "reason=RESET"); never a password, token or code.
    detail        TEXT,
    -- The peer that reached this service, and the X-Forwarded-For it sent (set by the gateway; only as
    -- trustworthy as the network that lets nothing but the gateway reach the service).
    remote_address TEXT,
    forwarded_for TEXT,
    user_agent    TEXT,
    occurred_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX audit_event_account_idx ON audit_event (account_id, occurred_at DESC, id DESC);
CREATE INDEX audit_event_occurred_idx ON audit_event (occurred_at);
