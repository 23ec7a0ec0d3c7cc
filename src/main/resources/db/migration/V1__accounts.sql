CREATE TABLE users (
    id             uuid         PRIMARY KEY,
    handle         varchar(30)  NOT NULL,
    email          varchar(254) NOT NULL,
    password_hash  varchar(100) NOT NULL,
    display_name   varchar(80)  NOT NULL,
    avatar_url     varchar(500),
    role           varchar(10)  NOT NULL DEFAULT 'user',
    -- Public counters: only posts shown under the author's name count, so that an anonymous post
    -- never moves a number anybody else can see.
    question_count integer      NOT NULL DEFAULT 0,
    answer_count   integer      NOT NULL DEFAULT 0,
    reputation     integer      NOT NULL DEFAULT 0,
    created_at     timestamptz  NOT NULL DEFAULT now(),
    updated_at     timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT users_handle_format CHECK (handle ~ '^[A-Za-z0-9_-]{3,30}$'),
    CONSTRAINT users_email_format CHECK (position('@' IN email) > 1),
    CONSTRAINT users_role_known CHECK (role IN ('user', 'moderator', 'admin')),
    CONSTRAINT users_counts_not_negative CHECK (question_count >= 0 AND answer_count >= 0)
);

-- Handles and emails are unique whatever their case.
CREATE UNIQUE INDEX users_handle_key ON users (lower(handle));
CREATE UNIQUE INDEX users_email_key ON users (lower(email));

CREATE TABLE refresh_tokens (
    id         uuid        PRIMARY KEY,
    -- Every token rotated out of one login shares its family; reuse of a rotated one revokes them all.
    family_id  uuid        NOT NULL,
    user_id    uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    token_hash char(64)    NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL,
    rotated_at timestamptz,
    revoked_at timestamptz,
    CONSTRAINT refresh_tokens_expiry_after_creation CHECK (expires_at > created_at)
);

CREATE UNIQUE INDEX refresh_tokens_hash_key ON refresh_tokens (token_hash);
CREATE INDEX refresh_tokens_family_idx ON refresh_tokens (family_id);
CREATE INDEX refresh_tokens_user_idx ON refresh_tokens (user_id);
