-- Accounts learn whether their address is proven and where their owner lives (IANA zone, for streaks).
-- Existing accounts count as unverified: nothing ever proved their addresses.
ALTER TABLE account
    ADD COLUMN email_verified_at        TIMESTAMP WITH TIME ZONE,
    ADD COLUMN time_zone                TEXT NOT NULL DEFAULT 'UTC',
    -- When the owner was last told that someone tried to sign up with their address: at most one such mail an
    -- hour, so registration cannot be used to flood someone's inbox.
    ADD COLUMN sign_up_attempt_noticed_at TIMESTAMP WITH TIME ZONE;

-- Single-use links mailed to an account: email verification (of the current address, or of a new one the owner
-- asked to change to) and password reset. Only the SHA-256 of the 256-bit secret is stored, as for refresh
-- tokens: a copy of this table redeems nothing. Redeeming sets used_at in the statement that checks it is unused,
-- so two clicks at once redeem once.
CREATE TABLE single_use_link
(
    secret_hash BYTEA                    PRIMARY KEY,
    account_id  UUID                     NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    purpose     TEXT                     NOT NULL,
    -- The address the link proves: the account's own for SIGN_UP/RESEND, the new one for an email change.
    email       VARCHAR(254)             NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT single_use_link_purpose CHECK (purpose IN ('VERIFY_EMAIL', 'RESET_PASSWORD')),
    CONSTRAINT single_use_link_hash_length CHECK (octet_length(secret_hash) = 32)
);
CREATE INDEX single_use_link_account_idx ON single_use_link (account_id, purpose, created_at);
