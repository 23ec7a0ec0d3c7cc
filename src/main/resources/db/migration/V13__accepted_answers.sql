-- The asker's accepted answer: at most one per question. answers.accepted orders the answers and
-- marks the one; questions.accepted_answer_id is what the question shows. Both change together, in
-- one statement under the question's row lock.
ALTER TABLE answers ADD COLUMN accepted boolean NOT NULL DEFAULT false;
-- Checked at the end of the statement, which moves the mark from one answer to another.
ALTER TABLE answers ADD CONSTRAINT answers_one_accepted
    EXCLUDE (question_id WITH =) WHERE (accepted) DEFERRABLE INITIALLY IMMEDIATE;

-- The TOP order's key, (accepted, score) as one exact number: 2^32 lifts the accepted answer above
-- any integer score (Answer.ACCEPTED_RANK is the same number), so a cursor keeps one key and the id.
ALTER TABLE answers ADD COLUMN top_rank bigint NOT NULL
    GENERATED ALWAYS AS (CASE WHEN accepted THEN 4294967296 ELSE 0 END + score) STORED;
DROP INDEX answers_top_idx;
CREATE INDEX answers_top_idx ON answers (question_id, top_rank, id) WHERE deleted_at IS NULL;

ALTER TABLE questions ADD COLUMN accepted_answer_id uuid REFERENCES answers (id) ON DELETE SET NULL;
