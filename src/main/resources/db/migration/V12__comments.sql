-- Comments: short follow-ups on a question (answer_id NULL) or on one of its answers. The author
-- is shown as on posts, from a snapshot frozen when the comment is written: an anonymous post's
-- author commenting on it keeps that post's headline and only a role marker (asker, post_author).
CREATE TABLE comments (
    id                   uuid         PRIMARY KEY,
    question_id          uuid         NOT NULL REFERENCES questions (id) ON DELETE CASCADE,
    answer_id            uuid         REFERENCES answers (id) ON DELETE CASCADE,
    author_id            uuid         NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    anonymous            boolean      NOT NULL,
    author_title         varchar(100),
    author_level         varchar(50),
    author_company       varchar(100),
    author_company_stage varchar(50),
    author_headline      varchar(200),
    author_companies     varchar(100)[] NOT NULL DEFAULT '{}',
    asker                boolean      NOT NULL DEFAULT false,
    post_author          boolean      NOT NULL DEFAULT false,
    body                 text         NOT NULL,
    body_html            text         NOT NULL,
    created_at           timestamptz  NOT NULL DEFAULT now(),
    updated_at           timestamptz  NOT NULL DEFAULT now(),
    deleted_at           timestamptz,
    version              integer      NOT NULL DEFAULT 0,
    CONSTRAINT comments_body_length CHECK (char_length(body) BETWEEN 1 AND 600),
    CONSTRAINT comments_anonymous_has_no_company CHECK (NOT anonymous OR (author_company IS NULL AND author_companies = '{}'))
);

-- The two lists, oldest first: a question's own comments, and an answer's.
CREATE INDEX comments_question_idx ON comments (question_id, created_at, id) WHERE answer_id IS NULL AND deleted_at IS NULL;
CREATE INDEX comments_answer_idx ON comments (answer_id, created_at, id) WHERE deleted_at IS NULL;
CREATE INDEX comments_author_idx ON comments (author_id);

-- Users a comment mentions by @handle, for the notifications to come.
CREATE TABLE comment_mentions (
    comment_id uuid NOT NULL REFERENCES comments (id) ON DELETE CASCADE,
    user_id    uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    PRIMARY KEY (comment_id, user_id)
);
CREATE INDEX comment_mentions_user_idx ON comment_mentions (user_id);
