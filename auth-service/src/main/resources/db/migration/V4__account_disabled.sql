-- An admin can disable an account: it can no longer sign in or refresh (its sign-ins are ended), and can be enabled
-- again. NULL is enabled.
ALTER TABLE account ADD COLUMN disabled_at TIMESTAMP WITH TIME ZONE;
