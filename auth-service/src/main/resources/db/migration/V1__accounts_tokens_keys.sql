-- Accounts. The email is stored normalised (trimmed, lower-cased), so the unique index is the duplicate check.
CREATE TABLE account
(
    id            UUID                     PRIMARY KEY,
    email         VARCHAR(254)             NOT NULL,
    display_name  VARCHAR(80)              NOT NULL,
    password_hash TEXT                     NOT NULL,
    roles         TEXT[]                   NOT NULL DEFAULT ARRAY ['LEARNER'],
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT account_email_unique UNIQUE (email)
);

-- One family per sign-in: every rotation adds a token to the family. Revoking the family (logout, reuse of a
-- rotated token) kills every token that descends from that sign-in at once.
CREATE TABLE refresh_token_family
(
    id             UUID                     PRIMARY KEY,
    account_id     UUID                     NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at     TIMESTAMP WITH TIME ZONE,
    revoked_reason TEXT
);
CREATE INDEX refresh_token_family_account_idx ON refresh_token_family (account_id);

-- Only the SHA-256 of a refresh token is kept: a copy of this table does not let anyone sign in. A 256-bit random
-- token needs no salt or slow hash; nothing about it can be guessed.
CREATE TABLE refresh_token
(
    token_hash BYTEA                    PRIMARY KEY,
    family_id  UUID                     NOT NULL REFERENCES refresh_token_family (id) ON DELETE CASCADE,
    issued_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    rotated_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT refresh_token_hash_length CHECK (octet_length(token_hash) = 32)
);
CREATE INDEX refresh_token_family_idx ON refresh_token (family_id);

-- The service's own signing keys. ACTIVE signs new tokens; RETIRED keys stay published in the JWKS so tokens they
-- signed keep verifying until those expire. The partial unique index allows one ACTIVE key at most, which is what
-- makes two instances starting at once on an empty table agree on a single key.
CREATE TABLE signing_key
(
    kid         TEXT                     PRIMARY KEY,
    public_jwk  TEXT                     NOT NULL,
    private_key BYTEA                    NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    status      TEXT                     NOT NULL,
    CONSTRAINT signing_key_status CHECK (status IN ('ACTIVE', 'RETIRED'))
);
CREATE UNIQUE INDEX signing_key_single_active ON signing_key (status) WHERE status = 'ACTIVE';
