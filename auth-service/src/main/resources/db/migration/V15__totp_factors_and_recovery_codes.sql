-- A learner's authenticator app (TOTP, RFC 6238): at most one per account. The row exists from the start of an
-- enrolment; enabled_at stays NULL until the learner confirms it with a first code, and starting again replaces the
-- pending secret (and its factor_id, which a confirmation names so that it never enables a secret it did not check).
-- The secret is kept in its own column and read and written in exactly one place (TotpFactorStore), where it will be
-- sealed. last_used_step is the last time step (Unix time / 30 s) a code was accepted for: a code for that step or
-- an earlier one is refused, and the UPDATE that raises it is the one atomic check against replay.
CREATE TABLE totp_factor
(
    account_id     UUID                     PRIMARY KEY REFERENCES account (id) ON DELETE CASCADE,
    factor_id      UUID                     NOT NULL,
    secret         BYTEA                    NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    enabled_at     TIMESTAMP WITH TIME ZONE,
    last_used_step BIGINT
);

-- One-time recovery codes of an enabled factor, shown once when made. Only the SHA-256 of each is kept: a code has
-- 80 random bits, too many to search, so a plain hash is as safe as a slow one and the lookup is an index hit. Using
-- a code deletes its row, which is what makes it work once. Disabling the factor deletes them with it.
CREATE TABLE recovery_code
(
    account_id UUID                     NOT NULL REFERENCES totp_factor (account_id) ON DELETE CASCADE,
    code_hash  BYTEA                    NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (account_id, code_hash),
    CONSTRAINT recovery_code_hash_length CHECK (octet_length(code_hash) = 32)
);
