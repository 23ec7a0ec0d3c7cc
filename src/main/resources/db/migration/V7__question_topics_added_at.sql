-- When a question joined a topic (its creation, or the edit that filed it there), with an index
-- that reads a topic's newest questions in order: related questions take their candidates from it.
-- The default serves Hibernate's inserts into this join table, which name only the two ids.
ALTER TABLE question_topics ADD COLUMN added_at timestamptz;
UPDATE question_topics qt SET added_at = q.created_at FROM questions q WHERE q.id = qt.question_id;
ALTER TABLE question_topics ALTER COLUMN added_at SET DEFAULT now(), ALTER COLUMN added_at SET NOT NULL;
CREATE INDEX question_topics_newest_idx ON question_topics (topic_id, added_at DESC, question_id);

-- The trigram KNN index that related questions used could not bound its reads (it scanned most of
-- the index for one question on 100k titles); candidates now come from the topics.
DROP INDEX IF EXISTS questions_title_trgm_idx;
