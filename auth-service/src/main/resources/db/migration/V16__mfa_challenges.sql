-- The half-way state of a sign-in to an account with MFA: the password was right, a code is still owed. At most one
-- live challenge per account (a new sign-in replaces it), so however many times an attacker who knows the password
-- signs in, only one code guess can be pending at a time. Only the SHA-256 of the 256-bit random challenge is kept;
-- redeeming it deletes the row, whatever the code turns out to be. An expired row is harmless and is replaced by the
-- account's next sign-in or deleted when someone tries it.
CREATE TABLE mfa_challenge
(
    account_id     UUID                     PRIMARY KEY REFERENCES account (id) ON DELETE CASCADE,
    challenge_hash BYTEA                    NOT NULL,
    expires_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT mfa_challenge_hash_unique UNIQUE (challenge_hash),
    CONSTRAINT mfa_challenge_hash_length CHECK (octet_length(challenge_hash) = 32)
);
