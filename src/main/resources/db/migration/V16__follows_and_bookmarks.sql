-- What a reader keeps track of. A follow is of exactly one question, topic or user: following brings
-- their news (notifications, to come); a bookmark keeps a question (answer_id NULL) or one of its
-- answers at hand. Each goes with its target or its user.
CREATE TABLE follows (
    id          uuid        PRIMARY KEY,
    user_id     uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    question_id uuid        REFERENCES questions (id) ON DELETE CASCADE,
    topic_id    bigint      REFERENCES topics (id) ON DELETE CASCADE,
    followee_id uuid        REFERENCES users (id) ON DELETE CASCADE,
    created_at  timestamptz NOT NULL,
    CONSTRAINT follows_one_target CHECK (num_nonnulls(question_id, topic_id, followee_id) = 1),
    CONSTRAINT follows_not_oneself CHECK (followee_id <> user_id)
);
-- One follow per reader and target; each also finds a target's followers.
CREATE UNIQUE INDEX follows_question_key ON follows (question_id, user_id) WHERE question_id IS NOT NULL;
CREATE UNIQUE INDEX follows_topic_key ON follows (topic_id, user_id) WHERE topic_id IS NOT NULL;
CREATE UNIQUE INDEX follows_followee_key ON follows (followee_id, user_id) WHERE followee_id IS NOT NULL;
-- GET /me/following, newest first, all kinds or one.
CREATE INDEX follows_user_idx ON follows (user_id, created_at, id);

CREATE TABLE bookmarks (
    id          uuid        PRIMARY KEY,
    user_id     uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    question_id uuid        NOT NULL REFERENCES questions (id) ON DELETE CASCADE,
    answer_id   uuid        REFERENCES answers (id) ON DELETE CASCADE,
    created_at  timestamptz NOT NULL
);
CREATE UNIQUE INDEX bookmarks_question_key ON bookmarks (user_id, question_id) WHERE answer_id IS NULL;
CREATE UNIQUE INDEX bookmarks_answer_key ON bookmarks (user_id, answer_id) WHERE answer_id IS NOT NULL;
-- GET /me/bookmarks, newest first.
CREATE INDEX bookmarks_user_idx ON bookmarks (user_id, created_at, id);
