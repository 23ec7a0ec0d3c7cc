-- What happened that somebody may hear of: one row per fact, written in the transaction of the act,
-- whatever the size of its audience. Facts meant for one person (a comment on their post, a
-- mention, their answer accepted) name the recipient; answers reach the question's followers and
-- new questions the topic's, resolved when a reader reads. The id orders a reader's notifications
-- and is what they mark read up to.
CREATE TABLE notification_events (
    id           bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    type         text        NOT NULL CHECK (type IN ('answer', 'comment', 'mention', 'accepted', 'new-question')),
    created_at   timestamptz NOT NULL,
    actor_id     uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    recipient_id uuid        REFERENCES users (id) ON DELETE CASCADE,
    question_id  uuid        NOT NULL REFERENCES questions (id) ON DELETE CASCADE,
    answer_id    uuid        REFERENCES answers (id) ON DELETE CASCADE,
    comment_id   uuid        REFERENCES comments (id) ON DELETE CASCADE,
    topic_id     bigint      REFERENCES topics (id) ON DELETE CASCADE,
    -- New questions reach a topic's followers as one notification per topic and hour.
    batch_start  timestamptz,
    CONSTRAINT notification_events_targeted CHECK ((recipient_id IS NOT NULL) = (type IN ('comment', 'mention', 'accepted'))),
    CONSTRAINT notification_events_batched CHECK ((topic_id IS NOT NULL AND batch_start IS NOT NULL) = (type = 'new-question'))
);
CREATE INDEX notification_events_recipient_idx ON notification_events (recipient_id, id) WHERE recipient_id IS NOT NULL;
CREATE INDEX notification_events_answers_idx ON notification_events (question_id, id) WHERE type = 'answer';
CREATE INDEX notification_events_new_questions_idx ON notification_events (topic_id, batch_start, id) WHERE type = 'new-question';

-- How far each reader has read: every notification up to this event id is read.
CREATE TABLE notification_reads (
    user_id    uuid   PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    read_up_to bigint NOT NULL
);
