-- A moderator closes a question: it keeps taking comments and votes, but no more answers. A
-- duplicate points at the question it repeats; closed_by says which moderator closed it (for the
-- moderation log to come), never shown to readers.
ALTER TABLE questions
    ADD COLUMN closed_reason text
        CHECK (closed_reason IN ('duplicate', 'off-topic', 'needs-details', 'opinion-based', 'other')),
    ADD COLUMN closed_at timestamptz,
    ADD COLUMN closed_by uuid REFERENCES users (id) ON DELETE SET NULL,
    ADD COLUMN closed_duplicate_of uuid REFERENCES questions (id),
    ADD CONSTRAINT questions_closed_whole CHECK ((closed_reason IS NULL) = (closed_at IS NULL)),
    -- A duplicate names what it repeats, nothing else does, and never itself.
    ADD CONSTRAINT questions_duplicate_of_iff_duplicate
        CHECK ((closed_duplicate_of IS NOT NULL) = (closed_reason IS NOT DISTINCT FROM 'duplicate')),
    ADD CONSTRAINT questions_not_duplicate_of_itself CHECK (closed_duplicate_of <> id);

-- sort=unanswered leaves closed questions out: they cannot be answered.
DROP INDEX questions_unanswered_idx;
CREATE INDEX questions_unanswered_idx ON questions (created_at, id)
    WHERE deleted_at IS NULL AND answer_count = 0 AND closed_at IS NULL;
