-- Signing keys rotate (SigningKeyStore): a rotation retires the ACTIVE key and inserts its successor in one
-- statement. A retired key stays published in the JWKS until every token it can have signed has expired
-- (retired_at + access-token TTL + clock skew + signing-keys.refresh-after), then its row is deleted.
ALTER TABLE signing_key ADD COLUMN retired_at TIMESTAMP WITH TIME ZONE;
UPDATE signing_key SET retired_at = now() WHERE status = 'RETIRED';
ALTER TABLE signing_key ADD CONSTRAINT signing_key_retired_when_retired
    CHECK ((status = 'RETIRED') = (retired_at IS NOT NULL));

-- private_key now holds the PKCS#8 key sealed by SecretBox: a compact JWE (A256KW + A256GCM) under the
-- key-encryption key from learnpath.auth.secrets.*, bound to the row's kid. A migration cannot seal (SQL has no
-- key), so rows written before hold plain PKCS#8 until the service seals them at its next start
-- (SigningKeyRepository.sealPlainPrivateKeys).
COMMENT ON COLUMN signing_key.private_key IS
    'PKCS#8 private key sealed by the auth-service''s SecretBox (compact JWE, A256KW + A256GCM)';
