-- Refresh tokens are stored only as their SHA-256 hex digest; the check keeps a raw token from
-- ever being written by mistake. varchar, not char, so the value round-trips without padding.
ALTER TABLE refresh_tokens
    ALTER COLUMN token_hash TYPE varchar(64),
    ADD CONSTRAINT refresh_tokens_hash_is_sha256 CHECK (token_hash ~ '^[0-9a-f]{64}$');
