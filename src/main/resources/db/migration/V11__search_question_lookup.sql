-- Search looks up the question of every match (is it live, when was it asked) one id at a time:
-- with created_at in the index that lookup reads no table page, which is most of its cost when a
-- common word matches tens of thousands of posts.
CREATE INDEX questions_live_id_created_idx ON questions (id) INCLUDE (created_at) WHERE deleted_at IS NULL;
