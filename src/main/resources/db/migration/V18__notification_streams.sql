-- Live notifications (notification/NotificationStreams).
--
-- A stream resumes after the last event id it sent, so ids must become visible in the order they
-- were given: an id handed out before another one must not commit after it, or a stream that sent
-- the later one would never send the earlier. Each insert therefore takes one transaction-level
-- lock before drawing its id, held until commit: writes that notify commit one at a time from
-- their insert on (the insert is the last statement of such a write, so the wait is one commit).
ALTER TABLE notification_events ALTER COLUMN id DROP IDENTITY;
CREATE SEQUENCE notification_events_id_seq OWNED BY notification_events.id;
SELECT setval('notification_events_id_seq', coalesce(max(id), 0) + 1, false) FROM notification_events;

-- Every instance LISTENs on 'ladder_notifications' and wakes the streams the payload concerns:
-- 'user:<uuid>' for a fact addressed to one reader, 'question:<uuid>' for an answer (the question's
-- followers), 'topic:<id>' for a new question (the topic's followers). Sent at commit, not before.
CREATE FUNCTION notification_events_sequenced() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('notification_events'));
    NEW.id := nextval('notification_events_id_seq');
    PERFORM pg_notify('ladder_notifications', CASE
        WHEN NEW.recipient_id IS NOT NULL THEN 'user:' || NEW.recipient_id
        WHEN NEW.type = 'answer' THEN 'question:' || NEW.question_id
        ELSE 'topic:' || NEW.topic_id END);
    RETURN NEW;
END $$;
CREATE TRIGGER notification_events_sequenced BEFORE INSERT ON notification_events
    FOR EACH ROW EXECUTE FUNCTION notification_events_sequenced();

-- Browsers' EventSource cannot send an Authorization header: a signed-in client trades its token
-- for a ticket, good for one stream within seconds. Only its SHA-256 is kept.
CREATE TABLE notification_stream_tickets (
    ticket_hash  bytea       PRIMARY KEY,
    user_id      uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    expires_at   timestamptz NOT NULL,
    -- The stream it opens ends when the access token that asked for the ticket expires.
    stream_until timestamptz NOT NULL
);
CREATE INDEX notification_stream_tickets_expiry_idx ON notification_stream_tickets (expires_at);
