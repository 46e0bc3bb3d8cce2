-- A sign-in lasts at most learnpath.auth.refresh-token-absolute-ttl, however often its refresh token is rotated:
-- each successor expires at the earlier of "unused for refresh-token-ttl" and the family's end. Families that exist
-- already get the default 90 days from their start.
ALTER TABLE refresh_token_family ADD COLUMN expires_at TIMESTAMP WITH TIME ZONE;
UPDATE refresh_token_family SET expires_at = created_at + INTERVAL '90 days';
ALTER TABLE refresh_token_family ALTER COLUMN expires_at SET NOT NULL;
