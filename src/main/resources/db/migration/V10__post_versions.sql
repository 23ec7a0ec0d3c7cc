-- The version of a post's editable content (title, body, topics), for If-Match on PATCH: every
-- edit adds one (Hibernate's @Version). Votes and answers change rows through their own atomic
-- UPDATEs, which leave it alone, so they never make an edit fail.
ALTER TABLE questions ADD COLUMN version integer NOT NULL DEFAULT 0;
ALTER TABLE answers ADD COLUMN version integer NOT NULL DEFAULT 0;
