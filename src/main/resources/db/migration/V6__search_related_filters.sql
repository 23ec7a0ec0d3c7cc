-- Search: PostgreSQL keeps each post's tsvector itself (generated columns), title weighted above
-- body, so a title match outranks a body mention. GIN indexes serve websearch_to_tsquery matches.
ALTER TABLE questions ADD COLUMN search_vector tsvector GENERATED ALWAYS AS
    (setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', body), 'B')) STORED;
CREATE INDEX questions_search_idx ON questions USING gin (search_vector) WHERE deleted_at IS NULL;

ALTER TABLE answers ADD COLUMN search_vector tsvector GENERATED ALWAYS AS
    (setweight(to_tsvector('english', body), 'C')) STORED;
CREATE INDEX answers_search_idx ON answers USING gin (search_vector) WHERE deleted_at IS NULL;

-- Related questions: nearest titles by trigram distance, a k-nearest-neighbour scan of this index,
-- so its cost does not depend on how common the title's words are. pg_trgm is a trusted extension:
-- the database owner may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX questions_title_trgm_idx ON questions USING gist (title gist_trgm_ops) WHERE deleted_at IS NULL;

-- Credential filters (?company=, ?title=, ?level=, ?stage=) read the snapshot frozen on the post.
CREATE INDEX questions_author_company_idx ON questions (lower(author_company), created_at, id) WHERE deleted_at IS NULL;
CREATE INDEX questions_author_title_idx ON questions (lower(author_title), created_at, id) WHERE deleted_at IS NULL;
CREATE INDEX questions_author_level_idx ON questions (lower(author_level), created_at, id) WHERE deleted_at IS NULL;
CREATE INDEX questions_author_stage_idx ON questions (lower(author_company_stage), created_at, id) WHERE deleted_at IS NULL;

-- Topics by popularity, keyset-paged on (question_count, slug).
CREATE INDEX topics_popular_idx ON topics (question_count DESC, slug);
