-- Email (mail/): settings, the digest sent once per reader and period, mail about answers.

-- A reader's mail settings; no row is the defaults (a weekly digest, mail about answers).
CREATE TABLE email_settings (
    user_id   uuid    PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    digest    text    NOT NULL CHECK (digest IN ('off', 'daily', 'weekly')),
    on_answer boolean NOT NULL
);

-- One row per reader and digest period, inserted in the transaction that sends the digest: of two
-- instances sending at once, the second waits for the first's commit and then inserts nothing.
CREATE TABLE email_digests (
    user_id        uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    period         text        NOT NULL CHECK (period IN ('daily', 'weekly')),
    period_start   timestamptz NOT NULL,
    sent_at        timestamptz NOT NULL,
    question_count integer     NOT NULL,
    PRIMARY KEY (user_id, period, period_start)
);

-- How far mail about answers has gone through notification_events; one instance at a time holds
-- the row (FOR UPDATE SKIP LOCKED), sends and moves it on. Event ids commit in order (V18), so
-- nothing committed later can appear behind it. It starts at the newest event: no mail for the past.
CREATE TABLE mail_cursors (
    name          text   PRIMARY KEY,
    last_event_id bigint NOT NULL
);
INSERT INTO mail_cursors (name, last_event_id) SELECT 'answers', coalesce(max(id), 0) FROM notification_events;
