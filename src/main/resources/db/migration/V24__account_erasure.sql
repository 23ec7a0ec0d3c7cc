-- Leaving (privacy/, account/): an erased account keeps its row, so the posts, votes and flags
-- that point at it stay and every score stays exact, but nothing of the person: a placeholder
-- handle, no email, no password, "Deleted user". erased_at says since when.
ALTER TABLE users
    ADD COLUMN erased_at timestamptz,
    ALTER COLUMN email DROP NOT NULL,
    ADD CONSTRAINT users_email_iff_not_erased CHECK ((email IS NULL) = (erased_at IS NOT NULL));

-- What the instances read when they (re)connect: accounts erased within an access token's life.
CREATE INDEX users_erased_idx ON users (erased_at) WHERE erased_at IS NOT NULL;

-- An erased account's handle is never given out again, so old links and @mentions cannot be taken
-- over by someone else; only its SHA-256 (of the lower-case handle) is kept.
CREATE TABLE retired_handles (
    handle_sha256 bytea       PRIMARY KEY,
    retired_at    timestamptz NOT NULL DEFAULT now()
);
