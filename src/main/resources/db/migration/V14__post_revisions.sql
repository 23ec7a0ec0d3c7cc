-- Revisions: every edit of a question or answer keeps the version it replaced. Revision N is the
-- post as it was at version N (the @Version that If-Match compares): its title (questions only)
-- and body, when that version was written, and whether a moderator rather than the author wrote
-- it. The editor shows from the post's own byline or as "moderator", never as a stored person;
-- replaced_by keeps who made the edit that replaced it, for moderators' audits only.
CREATE TABLE post_revisions (
    id                    uuid         PRIMARY KEY,
    question_id           uuid         REFERENCES questions (id) ON DELETE CASCADE,
    answer_id             uuid         REFERENCES answers (id) ON DELETE CASCADE,
    version               integer      NOT NULL,
    title                 text,
    body                  text         NOT NULL,
    body_html             text         NOT NULL,
    edited_at             timestamptz  NOT NULL,
    by_moderator          boolean      NOT NULL,
    replaced_by           uuid         REFERENCES users (id) ON DELETE SET NULL,
    replaced_by_moderator boolean      NOT NULL,
    CONSTRAINT post_revisions_one_post CHECK ((question_id IS NULL) <> (answer_id IS NULL)),
    CONSTRAINT post_revisions_question_version UNIQUE (question_id, version),
    CONSTRAINT post_revisions_answer_version UNIQUE (answer_id, version)
);

-- The two lists, newest first, on (post, version, id) as the keyset helper orders them.
CREATE INDEX post_revisions_question_idx ON post_revisions (question_id, version, id) WHERE question_id IS NOT NULL;
CREATE INDEX post_revisions_answer_idx ON post_revisions (answer_id, version, id) WHERE answer_id IS NOT NULL;
CREATE INDEX post_revisions_replaced_by_idx ON post_revisions (replaced_by);
