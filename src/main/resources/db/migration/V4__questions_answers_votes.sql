-- Posts keep a snapshot of their author's credentials from the moment they were written: lists and
-- filters read it without touching positions, and a later job change never rewrites (or reveals)
-- anything. Anonymous posts keep no company at all, so nothing can leak or be filtered by it.
CREATE TABLE questions (
    id                   uuid         PRIMARY KEY,
    author_id            uuid         NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    anonymous            boolean      NOT NULL,
    author_title         varchar(100),
    author_level         varchar(50),
    author_company       varchar(100),
    author_company_stage varchar(50),
    author_headline      varchar(200),
    author_companies     varchar(100)[] NOT NULL DEFAULT '{}',
    title                varchar(200) NOT NULL,
    body                 text         NOT NULL,
    body_html            text         NOT NULL,
    score                integer      NOT NULL DEFAULT 0,
    answer_count         integer      NOT NULL DEFAULT 0,
    created_at           timestamptz  NOT NULL DEFAULT now(),
    updated_at           timestamptz  NOT NULL DEFAULT now(),
    last_activity_at     timestamptz  NOT NULL DEFAULT now(),
    deleted_at           timestamptz,
    CONSTRAINT questions_title_length CHECK (char_length(title) BETWEEN 10 AND 200),
    CONSTRAINT questions_body_length CHECK (char_length(body) <= 30000),
    CONSTRAINT questions_answer_count_not_negative CHECK (answer_count >= 0),
    CONSTRAINT questions_anonymous_has_no_company CHECK (NOT anonymous OR (author_company IS NULL AND author_companies = '{}'))
);

-- One index per sort, ending in the id, so that a cursor (sort key, id) costs the same on any page.
CREATE INDEX questions_newest_idx ON questions (created_at, id) WHERE deleted_at IS NULL;
CREATE INDEX questions_top_idx ON questions (score, id) WHERE deleted_at IS NULL;
CREATE INDEX questions_active_idx ON questions (last_activity_at, id) WHERE deleted_at IS NULL;
CREATE INDEX questions_unanswered_idx ON questions (created_at, id) WHERE deleted_at IS NULL AND answer_count = 0;
CREATE INDEX questions_author_idx ON questions (author_id, created_at, id);

CREATE TABLE question_topics (
    question_id uuid   NOT NULL REFERENCES questions (id) ON DELETE CASCADE,
    topic_id    bigint NOT NULL REFERENCES topics (id),
    PRIMARY KEY (question_id, topic_id)
);
CREATE INDEX question_topics_topic_idx ON question_topics (topic_id, question_id);

CREATE TABLE answers (
    id                   uuid         PRIMARY KEY,
    question_id          uuid         NOT NULL REFERENCES questions (id) ON DELETE CASCADE,
    author_id            uuid         NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    anonymous            boolean      NOT NULL,
    author_title         varchar(100),
    author_level         varchar(50),
    author_company       varchar(100),
    author_company_stage varchar(50),
    author_headline      varchar(200),
    author_companies     varchar(100)[] NOT NULL DEFAULT '{}',
    body                 text         NOT NULL,
    body_html            text         NOT NULL,
    score                integer      NOT NULL DEFAULT 0,
    created_at           timestamptz  NOT NULL DEFAULT now(),
    updated_at           timestamptz  NOT NULL DEFAULT now(),
    deleted_at           timestamptz,
    CONSTRAINT answers_body_length CHECK (char_length(body) BETWEEN 1 AND 30000),
    CONSTRAINT answers_anonymous_has_no_company CHECK (NOT anonymous OR (author_company IS NULL AND author_companies = '{}'))
);

CREATE INDEX answers_top_idx ON answers (question_id, score, id) WHERE deleted_at IS NULL;
CREATE INDEX answers_newest_idx ON answers (question_id, created_at, id) WHERE deleted_at IS NULL;
CREATE INDEX answers_author_idx ON answers (author_id, created_at, id);

-- One vote per user and post: the primary key makes a repeated vote an update, never a second row.
CREATE TABLE question_votes (
    user_id     uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    question_id uuid        NOT NULL REFERENCES questions (id) ON DELETE CASCADE,
    value       smallint    NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (user_id, question_id),
    CONSTRAINT question_votes_value CHECK (value IN (-1, 1))
);
CREATE INDEX question_votes_question_idx ON question_votes (question_id);

CREATE TABLE answer_votes (
    user_id    uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    answer_id  uuid        NOT NULL REFERENCES answers (id) ON DELETE CASCADE,
    value      smallint    NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (user_id, answer_id),
    CONSTRAINT answer_votes_value CHECK (value IN (-1, 1))
);
CREATE INDEX answer_votes_answer_idx ON answer_votes (answer_id);
