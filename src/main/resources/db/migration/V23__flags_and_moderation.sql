-- Flags and moderation (moderation/, audit/): readers flag posts, enough flags hide one until a
-- moderator decides, and every moderator action is kept in a log nobody can change.

-- A post the flags hid: withdrawn from readers as a deleted one is (deleted_at is set too, so every
-- read and write path that leaves deleted posts out leaves it out), but its author still sees it
-- and a moderator's dismissal brings it back. hidden_at is when it was hidden.
ALTER TABLE questions
    ADD COLUMN hidden_at timestamptz,
    ADD CONSTRAINT questions_hidden_is_withdrawn CHECK (hidden_at IS NULL OR deleted_at = hidden_at);
ALTER TABLE answers
    ADD COLUMN hidden_at timestamptz,
    ADD CONSTRAINT answers_hidden_is_withdrawn CHECK (hidden_at IS NULL OR deleted_at = hidden_at);
ALTER TABLE comments
    ADD COLUMN hidden_at timestamptz,
    ADD CONSTRAINT comments_hidden_is_withdrawn CHECK (hidden_at IS NULL OR deleted_at = hidden_at);

-- One flag per reader and post (post ids are UUIDs, unique across the three kinds). A flag stays
-- open until a moderator resolves the post's flags, all at once, with what they did.
CREATE TABLE flags (
    id          uuid         PRIMARY KEY,
    post_type   text         NOT NULL CHECK (post_type IN ('question', 'answer', 'comment')),
    post_id     uuid         NOT NULL,
    flagger_id  uuid         NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    reason      text         NOT NULL
        CHECK (reason IN ('spam', 'harassment', 'personal-info', 'off-topic', 'other')),
    detail      varchar(500),
    created_at  timestamptz  NOT NULL,
    status      text         NOT NULL DEFAULT 'open'
        CHECK (status IN ('open', 'dismissed', 'hidden', 'deleted')),
    resolved_at timestamptz,
    resolved_by uuid         REFERENCES users (id) ON DELETE SET NULL,
    CONSTRAINT flags_resolved_iff_not_open CHECK ((status = 'open') = (resolved_at IS NULL)),
    CONSTRAINT flags_once_per_reader UNIQUE (post_id, flagger_id)
);

-- The queue: a status, oldest first.
CREATE INDEX flags_queue_idx ON flags (status, created_at, id);
-- A post's open flags, counted when one more arrives and closed together by a resolution.
CREATE INDEX flags_open_by_post_idx ON flags (post_id) WHERE status = 'open';

-- What moderators did, newest last; rows are added, never changed or removed (the trigger below
-- refuses it). moderator_id is null for what the flags did on their own.
CREATE TABLE moderation_log (
    id           uuid        PRIMARY KEY,
    at           timestamptz NOT NULL,
    moderator_id uuid        REFERENCES users (id),
    action       text        NOT NULL,
    target_type  text        NOT NULL,
    target_id    uuid        NOT NULL,
    detail       text
);

CREATE INDEX moderation_log_newest_idx ON moderation_log (at DESC, id DESC);

CREATE FUNCTION moderation_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'moderation_log is append-only: % refused', TG_OP;
END
$$;

CREATE TRIGGER moderation_log_append_only
    BEFORE UPDATE OR DELETE ON moderation_log
    FOR EACH ROW EXECUTE FUNCTION moderation_log_is_append_only();
CREATE TRIGGER moderation_log_no_truncate
    BEFORE TRUNCATE ON moderation_log
    FOR EACH STATEMENT EXECUTE FUNCTION moderation_log_is_append_only();
