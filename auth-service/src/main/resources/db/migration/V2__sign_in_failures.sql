-- Brute-force protection per account, after Keycloak's: consecutive failed sign-ins lock the account for a wait
-- that grows with each further failure. Kept in the database so that every instance of the auth-service agrees,
-- whichever one an attacker's requests reach. A successful sign-in deletes the row.
CREATE TABLE sign_in_failure
(
    account_id      UUID                     NOT NULL PRIMARY KEY REFERENCES account (id) ON DELETE CASCADE,
    consecutive     INT                      NOT NULL CHECK (consecutive > 0),
    last_failure_at TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_until    TIMESTAMP WITH TIME ZONE
);
