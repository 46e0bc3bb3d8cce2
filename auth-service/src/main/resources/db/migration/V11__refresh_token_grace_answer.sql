-- Two requests presenting the same refresh token at once (two browser tabs) must not end the sign-in: the first
-- rotates it, and for learnpath.auth.refresh-token-reuse-grace (10 s) a second one gets the very same pair. That pair
-- (access and refresh token) is kept here, on the rotated token's row, sealed by SecretBox and bound to the row, and
-- only for the grace: GraceAnswerSweep clears it afterwards, and from then on the rotated token is a reuse.
ALTER TABLE refresh_token ADD COLUMN grace_answer BYTEA;
-- The sweep finds the few rows that still hold an answer without reading the table.
CREATE INDEX refresh_token_grace_answer_idx ON refresh_token (rotated_at) WHERE grace_answer IS NOT NULL;
