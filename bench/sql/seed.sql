-- Bench data for Ladder: users with positions, questions, answers, votes, comments and 20 more topics, all
-- set-based (INSERT ... SELECT generate_series), consistent with the rules the app keeps:
--   * posts carry the author snapshot (title, level, company, stage, headline, companies) of the
--     author's current position; anonymous posts keep no company ('{}') and a "Title at <stage>" headline;
--   * questions.score / answers.score = sum of their votes; questions.answer_count = live answers;
--     last_activity_at = latest answer (or creation); topics.question_count = live questions;
--   * users.question_count / answer_count count live posts under their name only (an answer under a
--     deleted question no longer counts); users.reputation = votes on their non-anonymous posts;
--   * a voter never votes on their own post, one vote per (user, post).
-- About 1% of questions and answers are soft-deleted, so the partial indexes have something to skip.
--
-- Run by bench/run as the app's role, from this directory (\copy reads words.txt relative to it):
--   psql -v users=10000 -v questions=100000 -v answers=400000 -v qvotes=500000 -v avotes=1500000 -v comments=300000 -f seed.sql
-- Everything happens in one transaction: a failed or interrupted seed leaves the database as it was.
-- Secondary indexes, keys and foreign keys are dropped for the load and rebuilt after it (much
-- faster than maintaining them row by row); their definitions are read from the catalog, so new
-- migrations are picked up without touching this file.
\set ON_ERROR_STOP on
\timing off
SET client_min_messages = warning;
SET work_mem = '256MB';
SET maintenance_work_mem = '1GB';
SET synchronous_commit = off;

-- One bcrypt hash (cost 10) for every bench user: 'bench-password-1'. Computed by pgcrypto in a
-- transaction that is rolled back, so the extension is not left behind in the database.
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgcrypto;
SELECT crypt('bench-password-1', gen_salt('bf', 10)) AS password_hash \gset
ROLLBACK;

BEGIN;
SELECT setseed(0.4242) \g /dev/null
-- (same data on every seed, up to the random uuids)
SELECT clock_timestamp() AS seed_started \gset

-- The bench's own bookkeeping lives in schema "bench", outside Flyway's "public".
CREATE SCHEMA IF NOT EXISTS bench;
DROP TABLE IF EXISTS bench.seed, bench.question_ids;

-- The moderation log refuses TRUNCATE (V23): a reseed is the one place that empties it, as the
-- table's owner, with that trigger off for this transaction only.
ALTER TABLE moderation_log DISABLE TRIGGER moderation_log_no_truncate;
TRUNCATE users CASCADE;   -- cascades to positions, posts, topic links, votes, refresh tokens, flags, the log
ALTER TABLE moderation_log ENABLE TRIGGER moderation_log_no_truncate;
-- The migrations' topics stay; 20 more make 30. Counts are recomputed below.
INSERT INTO topics (slug, name, description)
SELECT slug, name, description FROM (VALUES
('remote-work', 'Remote Work', 'Working from anywhere: async habits, visibility and staying connected.'),
('layoffs', 'Layoffs', 'Before, during and after a layoff: severance, next steps and keeping perspective.'),
('burnout', 'Burnout', 'Recognising it, recovering from it and setting sustainable limits.'),
('mentorship', 'Mentorship', 'Finding mentors and sponsors, and being one.'),
('staff-plus', 'Staff Plus', 'The staff, principal and distinguished engineer path.'),
('system-design', 'System Design', 'Designing large systems, and the interviews about it.'),
('machine-learning', 'Machine Learning', 'Careers in ML and AI: research, applied work and infrastructure.'),
('data-engineering', 'Data Engineering', 'Pipelines, warehouses and the people who build them.'),
('frontend', 'Frontend', 'Web and UI engineering careers.'),
('mobile', 'Mobile', 'iOS and Android engineering careers.'),
('devops-sre', 'DevOps and SRE', 'Reliability, infrastructure, on-call and platform teams.'),
('security', 'Security', 'Security engineering and how to move into it.'),
('product-management', 'Product Management', 'Working with PMs, and switching to product.'),
('founders', 'Founders', 'Starting a company: co-founders, fundraising and the first hires.'),
('freelancing', 'Freelancing', 'Contracting and consulting on your own.'),
('education', 'Education', 'Degrees, bootcamps, courses and learning on the job.'),
('immigration', 'Immigration', 'Visas, relocation and working abroad.'),
('diversity', 'Diversity and Inclusion', 'Building teams where everyone can do their best work.'),
('negotiation', 'Negotiation', 'Offers, raises and asking for what you are worth.'),
('side-projects', 'Side Projects', 'Open source, side businesses and learning by building.')
) AS t (slug, name, description)
ON CONFLICT (slug) DO NOTHING;
UPDATE topics SET question_count = 0;
CREATE TEMP TABLE topic_rank AS SELECT row_number() OVER (ORDER BY id)::int AS rank, id FROM topics;
SELECT count(*) AS ntopics FROM topic_rank \gset

-- ---- Drop secondary indexes, keys and foreign keys of the tables we fill; rebuilt at the end. ----
-- Foreign keys go both ways: those of the filled tables, and those of any other table that points
-- at one (emptied by the TRUNCATE), since a key cannot be dropped while a foreign key uses it.
CREATE TEMP TABLE filled (t regclass);
INSERT INTO filled VALUES ('users'), ('positions'), ('questions'), ('question_topics'), ('answers'),
                          ('question_votes'), ('answer_votes'), ('refresh_tokens'), ('comments');
CREATE TEMP TABLE ddl (step int, create_sql text, drop_sql text);
INSERT INTO ddl
SELECT CASE WHEN k.contype = 'f' THEN 3 ELSE 1 END,
       format('ALTER TABLE %s ADD CONSTRAINT %I %s', k.conrelid::regclass, k.conname, pg_get_constraintdef(k.oid)),
       format('ALTER TABLE %s DROP CONSTRAINT %I', k.conrelid::regclass, k.conname)
FROM pg_constraint k
WHERE (k.contype IN ('p', 'u', 'f') AND k.conrelid IN (SELECT t FROM filled)
       OR k.contype = 'f' AND k.confrelid IN (SELECT t FROM filled))
  -- what points at topics stays: topics are not reloaded
  AND NOT (k.contype = 'f' AND k.confrelid = 'topics'::regclass)
UNION ALL
SELECT 2, pg_get_indexdef(i.indexrelid), format('DROP INDEX %s', i.indexrelid::regclass)
FROM pg_index i
WHERE i.indrelid IN (SELECT t FROM filled) AND i.indrelid <> 'refresh_tokens'::regclass
  AND NOT EXISTS (SELECT FROM pg_constraint k WHERE k.conindid = i.indexrelid);

DO $$
DECLARE s text;
BEGIN
  FOR s IN SELECT drop_sql FROM ddl ORDER BY step DESC LOOP EXECUTE s; END LOOP;
END $$;

-- ---- Vocabulary ----------------------------------------------------------------------------------
-- words.txt is ordered from most to least common; picks follow Zipf's law (P(rank r) ~ 1/r), so a
-- few words are everywhere and most are rare, as in real text: search terms have varied selectivity.
CREATE TEMP TABLE words (rank serial PRIMARY KEY, w text NOT NULL);
\copy words (w) FROM 'words.txt'
SELECT count(*) AS nwords FROM words \gset
-- zipf(n): 1..n, rank r with probability ~ 1/r.
CREATE FUNCTION pg_temp.zipf(n int) RETURNS int LANGUAGE sql VOLATILE
AS $$ SELECT least(n, floor(exp(random() * ln(n + 1)))::int) $$;

-- A pool of sentences (6..14 words); post bodies are made of random sentences from it.
CREATE TEMP TABLE sentences AS
SELECT s AS id, upper(left(t, 1)) || substr(t, 2) || '.' AS text
FROM (WITH x AS MATERIALIZED (
        SELECT s, p, pg_temp.zipf(:nwords) AS r FROM generate_series(1, 20000) s, LATERAL generate_series(1, 6 + s % 9) p)
      SELECT x.s, string_agg(w.w, ' ' ORDER BY x.p) AS t FROM x JOIN words w ON w.rank = x.r GROUP BY x.s) y;
CREATE UNIQUE INDEX ON sentences (id);
ANALYZE sentences;

-- ---- Companies, titles, names --------------------------------------------------------------------
CREATE TEMP TABLE companies (idx serial PRIMARY KEY, name text, stage text);
INSERT INTO companies (name, stage) VALUES
('Meta', 'Big Tech'), ('Google', 'Big Tech'), ('Amazon', 'Big Tech'), ('Microsoft', 'Big Tech'),
('Apple', 'Big Tech'), ('Netflix', 'Big Tech'), ('Stripe', 'Late-stage Startup'), ('Airbnb', 'Public company'),
('Uber', 'Public company'), ('Pinterest', 'Public company'), ('Robinhood', 'Public company'),
('Course Hero', 'Late-stage Startup'), ('PayPal', 'Public company'), ('Shopify', 'Public company'),
('Spotify', 'Public company'), ('Dropbox', 'Public company'), ('Atlassian', 'Public company'),
('Databricks', 'Late-stage Startup'), ('Coinbase', 'Public company'), ('DoorDash', 'Public company'),
('Instacart', 'Public company'), ('Snap', 'Public company'), ('Reddit', 'Public company'),
('Figma', 'Late-stage Startup'), ('Notion', 'Late-stage Startup'), ('Datadog', 'Public company'),
('Cloudflare', 'Public company'), ('Twilio', 'Public company'), ('LinkedIn', 'Big Tech'),
('Salesforce', 'Big Tech'), ('Oracle', 'Big Tech'), ('IBM', 'Enterprise'), ('Accenture', 'Consultancy'),
('Goldman Sachs', 'Bank'), ('JPMorgan', 'Bank'), ('Kosei', 'Series A Startup'), ('Brightwave', 'Seed Startup'),
('Lumen Labs', 'Series A Startup'), ('Quillstack', 'Series B Startup'), ('Orbitly', 'Series A Startup'),
('Fernweh', 'Seed Startup'), ('Tallyhq', 'Series C Startup'), ('Nimbus Health', 'Series B Startup'),
('Greenline', 'Series A Startup'), ('Parcelio', 'Series B Startup'), ('Hexa Robotics', 'Series C Startup'),
('Mosaic Data', 'Series A Startup'), ('Arbor Finance', 'Series B Startup'), ('Pylon', 'Seed Startup'),
('Vantage Point', NULL), ('Acme Consulting', NULL), ('Self-employed', NULL);
SELECT count(*) AS ncompanies FROM companies \gset

CREATE TEMP TABLE ic_titles (idx serial, title text);
INSERT INTO ic_titles (title) VALUES ('Software Engineer'), ('Backend Engineer'), ('Frontend Engineer'),
('Full Stack Engineer'), ('Mobile Engineer'), ('Data Engineer'), ('Data Scientist'), ('ML Engineer'),
('Site Reliability Engineer'), ('Security Engineer'), ('Product Manager'), ('Product Designer');
CREATE TEMP TABLE mgr_titles (idx serial, title text);
INSERT INTO mgr_titles (title) VALUES ('Engineering Manager'), ('Senior Engineering Manager'),
('Director of Engineering'), ('VP of Engineering'), ('Tech Lead Manager'), ('CTO');
CREATE TEMP TABLE levels (idx int, level text);
INSERT INTO levels VALUES (0, 'Junior'), (1, NULL), (2, 'Senior'), (3, 'Staff'), (4, 'Principal');

CREATE TEMP TABLE first_names (idx serial, name text);
INSERT INTO first_names (name)
SELECT unnest(string_to_array('Ana Ben Chen Dana Eli Fatima Gus Hana Ivan Jia Kai Lena Maya Noor Omar Priya Quinn Ravi '
  'Sara Tom Uma Vik Wei Xena Yuki Zoe Amir Bea Carlos Dev Emma Finn Grace Hugo Isla Jon Kira Leo Mina Nico Olga Paul '
  'Rosa Sam Tara Ugo Vera Will Yara Zack', ' '));
CREATE TEMP TABLE last_names (idx serial, name text);
INSERT INTO last_names (name)
SELECT unnest(string_to_array('Smith Chen Garcia Kim Patel Nguyen Silva Muller Rossi Tanaka Cohen Okafor Ivanova Larsen '
  'Novak Haddad Santos Kowalski Dubois Berg Moreau Costa Sato Ali Brown Wilson Lopez Singh Wang Park', ' '));

-- ---- Users and their company history ---------------------------------------------------------------
CREATE TEMP TABLE u AS
SELECT i AS idx, gen_random_uuid() AS id,
       (SELECT name FROM first_names WHERE idx = 1 + (i * 7) % 50) AS first_name,
       (SELECT name FROM last_names WHERE idx = 1 + (i * 13) % 30) AS last_name,
       1 + floor(random() * 4)::int AS npos,             -- 1..4 positions
       random() < 0.95 AS has_current,                   -- a few are between jobs
       random() < 0.25 AS manager,                       -- manager track
       floor(random() * 5)::int AS seniority,            -- level of the current position
       now() - interval '3 years' - random() * interval '400 days' AS created_at
FROM generate_series(1, :users) i;
CREATE UNIQUE INDEX ON u (idx);

-- Position 0 is the most recent. Each starts 5..24 months after the one before it; a job ends when
-- the next one starts. Seniority grows along the history; managers were ICs before.
CREATE TEMP TABLE ug AS
SELECT u.idx AS user_idx, g.i, pg_temp.zipf(:ncompanies) AS company_idx
FROM u CROSS JOIN LATERAL generate_series(0, u.npos - 1) g(i);
CREATE TEMP TABLE p AS
SELECT x.*,
       CASE WHEN x.i = 0 THEN CASE WHEN x.has_current THEN NULL ELSE date_trunc('month', now())::date END
            ELSE lag(x.start_date) OVER (PARTITION BY x.user_idx ORDER BY x.i) END AS end_date
FROM (SELECT u.idx AS user_idx, g.i, u.has_current, c.name AS company, c.stage,
             CASE WHEN u.manager AND g.i = 0 THEN (SELECT title FROM mgr_titles WHERE idx = 1 + (u.idx + g.i) % 6)
                  ELSE (SELECT title FROM ic_titles WHERE idx = 1 + (u.idx * 3 + g.i) % 12) END AS title,
             CASE WHEN u.manager AND g.i = 0 THEN NULL
                  ELSE (SELECT level FROM levels WHERE idx = greatest(0, u.seniority - g.i)) END AS level,
             (date_trunc('month', now()) - make_interval(months => 24 * g.i + 1 + (u.idx * 7 + g.i * 3) % 20))::date AS start_date
      FROM u
      -- big companies are common, small ones rare: zipf over the list, one draw per position
      JOIN (SELECT * FROM ug) g ON g.user_idx = u.idx
      JOIN companies c ON c.idx = g.company_idx) x;

-- What a post shows of its author, as AuthorSnapshot.of computes it from the current position.
CREATE TEMP TABLE snap AS
SELECT u.idx,
       cur.title, cur.level, cur.company, cur.stage,
       cur.title || ' at ' || cur.company AS headline,
       CASE WHEN cur.stage IS NULL THEN cur.title ELSE cur.title || ' at ' || cur.stage END AS anon_headline,
       h.companies
FROM u
LEFT JOIN p cur ON cur.user_idx = u.idx AND cur.end_date IS NULL
JOIN (SELECT user_idx, array_agg(company ORDER BY first_i)::varchar(100)[] AS companies
      FROM (SELECT user_idx, company, min(i) AS first_i FROM p GROUP BY 1, 2) d
      GROUP BY user_idx) h ON h.user_idx = u.idx;
CREATE UNIQUE INDEX ON snap (idx);

-- ---- Questions -------------------------------------------------------------------------------------
-- idx doubles as popularity: low idx questions get more answers and votes (idx is unrelated to time).
CREATE TEMP TABLE q AS
SELECT i AS idx, gen_random_uuid() AS id,
       1 + floor(:users * random() ^ 1.5)::int AS author_idx,  -- some people ask a lot
       random() < 0.15 AS anonymous,
       random() < 0.01 AS deleted,
       now() - random() * interval '3 years' AS created_at
FROM generate_series(1, :questions) i;
CREATE UNIQUE INDEX ON q (idx);

CREATE TEMP TABLE q_text AS
SELECT t.idx,
       (ARRAY['How do I', 'Should I', 'Is it worth it to', 'What is the best way to', 'When should I',
              'How can I', 'Why does my', 'Has anyone managed to', 'Advice on how to', 'Am I wrong to',
              'How do you', 'Is it normal to'])[1 + t.idx % 12] || ' ' || t.words || '?' AS title
FROM (WITH x AS MATERIALIZED (
        SELECT q.idx, g.p, 40 + pg_temp.zipf(:nwords - 40) AS r FROM q CROSS JOIN LATERAL generate_series(1, 4 + q.idx % 6) g(p))
      SELECT x.idx, string_agg(w.w, ' ' ORDER BY x.p) AS words FROM x JOIN words w ON w.rank = x.r GROUP BY x.idx) t;

-- Body: 2..7 sentences, a paragraph break after every third.
CREATE TEMP TABLE q_body AS
WITH x AS MATERIALIZED (
  SELECT q.idx, g.part, 1 + floor(random() * 20000)::int AS sid FROM q CROSS JOIN LATERAL generate_series(1, 2 + q.idx % 6) g(part))
SELECT x.idx, string_agg(s.text, CASE WHEN x.part % 3 = 1 THEN E'\n\n' ELSE ' ' END ORDER BY x.part) AS body
FROM x JOIN sentences s ON s.id = x.sid
GROUP BY x.idx;

-- 1..3 topics per question, popular topics more often.
CREATE TEMP TABLE qt AS
WITH x AS MATERIALIZED (
  SELECT q.idx, pg_temp.zipf(:ntopics) AS rank FROM q CROSS JOIN LATERAL generate_series(1, 1 + q.idx % 3) g(k))
SELECT DISTINCT x.idx, t.id AS topic_id FROM x JOIN topic_rank t ON t.rank = x.rank;

-- ---- Answers ---------------------------------------------------------------------------------------
-- Popular questions get many answers (power-law), ~7% get none. Answers come soon after the question.
CREATE TEMP TABLE a AS
SELECT x.idx, gen_random_uuid() AS id, x.q_idx, q.id AS question_id,
       x.author_idx, x.anonymous, x.deleted,
       q.created_at + (now() - q.created_at) * x.delay AS created_at
FROM (WITH x AS MATERIALIZED (
        SELECT i AS idx, 1 + floor(:questions * random() ^ 1.5)::int AS q_idx,
               1 + floor(:users * random())::int AS author_idx,
               random() < 0.15 AS anonymous, random() < 0.01 AS deleted, random() ^ 4 AS delay
        FROM generate_series(1, :answers) i)
      SELECT * FROM x) x
JOIN q ON q.idx = x.q_idx;
CREATE UNIQUE INDEX ON a (idx);

CREATE TEMP TABLE a_body AS
WITH x AS MATERIALIZED (
  SELECT a.idx, g.part, 1 + floor(random() * 20000)::int AS sid FROM a CROSS JOIN LATERAL generate_series(1, 1 + a.idx % 8) g(part))
SELECT x.idx, string_agg(s.text, CASE WHEN x.part % 3 = 1 THEN E'\n\n' ELSE ' ' END ORDER BY x.part) AS body
FROM x JOIN sentences s ON s.id = x.sid
GROUP BY x.idx;

-- ---- Votes -----------------------------------------------------------------------------------------
-- Candidates (power-law over posts, uniform over voters, 85% up), minus self-votes, one per
-- (voter, post); 5% extra candidates cover the dropped ones, then exactly :qvotes / :avotes are kept.
CREATE TEMP TABLE qv AS
SELECT voter_idx, post_idx, value FROM (
  WITH c AS MATERIALIZED (
    SELECT n, 1 + floor(:questions * random() ^ 1.5)::int AS post_idx, 1 + floor(:users * random())::int AS voter_idx,
           CASE WHEN random() < 0.85 THEN 1 ELSE -1 END AS value
    FROM generate_series(1, (:qvotes * 1.05)::int) n)
  SELECT DISTINCT ON (c.voter_idx, c.post_idx) c.n, c.voter_idx, c.post_idx, c.value
  FROM c JOIN q ON q.idx = c.post_idx
  WHERE c.voter_idx <> q.author_idx
  ORDER BY c.voter_idx, c.post_idx, c.n) d
ORDER BY n LIMIT :qvotes;

CREATE TEMP TABLE av AS
SELECT voter_idx, post_idx, value FROM (
  WITH c AS MATERIALIZED (
    SELECT n, 1 + floor(:answers * random() ^ 1.5)::int AS post_idx, 1 + floor(:users * random())::int AS voter_idx,
           CASE WHEN random() < 0.85 THEN 1 ELSE -1 END AS value
    FROM generate_series(1, (:avotes * 1.05)::int) n)
  SELECT DISTINCT ON (c.voter_idx, c.post_idx) c.n, c.voter_idx, c.post_idx, c.value
  FROM c JOIN a ON a.idx = c.post_idx
  WHERE c.voter_idx <> a.author_idx
  ORDER BY c.voter_idx, c.post_idx, c.n) d
ORDER BY n LIMIT :avotes;

-- ---- Counters, exactly as the app would have kept them ---------------------------------------------
CREATE TEMP TABLE q_score AS SELECT post_idx AS idx, sum(value)::int AS score FROM qv GROUP BY 1;
CREATE TEMP TABLE a_score AS SELECT post_idx AS idx, sum(value)::int AS score FROM av GROUP BY 1;
CREATE TEMP TABLE q_answers AS
SELECT q_idx AS idx, count(*) FILTER (WHERE NOT deleted)::int AS answer_count, max(created_at) AS last_answer_at
FROM a GROUP BY 1;
CREATE TEMP TABLE u_counts AS
SELECT u.idx, coalesce(x.n, 0)::int AS question_count, 0 AS answer_count, 0 AS reputation
FROM u LEFT JOIN (SELECT author_idx, count(*) AS n FROM q WHERE NOT anonymous AND NOT deleted GROUP BY 1) x
     ON x.author_idx = u.idx;
CREATE UNIQUE INDEX ON u_counts (idx);
UPDATE u_counts c SET answer_count = x.n
FROM (SELECT a.author_idx, count(*) AS n FROM a JOIN q ON q.idx = a.q_idx
      WHERE NOT a.anonymous AND NOT a.deleted AND NOT q.deleted GROUP BY 1) x
WHERE c.idx = x.author_idx;
UPDATE u_counts c SET reputation = x.rep
FROM (SELECT author_idx, sum(score)::int AS rep FROM (
        SELECT q.author_idx, s.score FROM q_score s JOIN q ON q.idx = s.idx WHERE NOT q.anonymous
        UNION ALL
        SELECT a.author_idx, s.score FROM a_score s JOIN a ON a.idx = s.idx WHERE NOT a.anonymous) y
      GROUP BY 1) x
WHERE c.idx = x.author_idx;

-- ---- Into the app's tables -------------------------------------------------------------------------
INSERT INTO users (id, handle, email, password_hash, display_name, role, question_count, answer_count, reputation,
                   created_at, updated_at)
SELECT u.id, lower(u.first_name || '_' || u.last_name) || '_' || u.idx,
       lower(u.first_name || '.' || u.last_name) || '.' || u.idx || '@bench.ladder.test',
       :'password_hash', u.first_name || ' ' || u.last_name, 'user',
       c.question_count, c.answer_count, c.reputation, u.created_at, u.created_at
FROM u JOIN u_counts c ON c.idx = u.idx;

INSERT INTO positions (id, user_id, company, title, level, company_stage, start_date, end_date, created_at, updated_at)
SELECT gen_random_uuid(), u.id, p.company, p.title, p.level, p.stage, p.start_date, p.end_date, u.created_at, u.created_at
FROM p JOIN u ON u.idx = p.user_idx;

INSERT INTO questions (id, author_id, anonymous, author_title, author_level, author_company, author_company_stage,
                       author_headline, author_companies, title, body, body_html, score, answer_count,
                       created_at, updated_at, last_activity_at, deleted_at)
SELECT q.id, u.id, q.anonymous, s.title, s.level,
       CASE WHEN q.anonymous THEN NULL ELSE s.company END, s.stage,
       CASE WHEN q.anonymous THEN s.anon_headline ELSE s.headline END,
       CASE WHEN q.anonymous THEN '{}' ELSE s.companies END,
       t.title, b.body, '<p>' || replace(b.body, E'\n\n', E'</p>\n<p>') || E'</p>\n',
       coalesce(qs.score, 0), coalesce(qa.answer_count, 0),
       q.created_at, q.created_at, greatest(q.created_at, qa.last_answer_at),
       CASE WHEN q.deleted THEN now() END
FROM q
JOIN u ON u.idx = q.author_idx
JOIN snap s ON s.idx = q.author_idx
JOIN q_text t ON t.idx = q.idx
JOIN q_body b ON b.idx = q.idx
LEFT JOIN q_score qs ON qs.idx = q.idx
LEFT JOIN q_answers qa ON qa.idx = q.idx;

-- added_at (V7): when the question joined the topic, here when it was asked.
INSERT INTO question_topics (question_id, topic_id, added_at)
SELECT q.id, qt.topic_id, q.created_at FROM qt JOIN q ON q.idx = qt.idx;

INSERT INTO answers (id, question_id, author_id, anonymous, author_title, author_level, author_company,
                     author_company_stage, author_headline, author_companies, body, body_html, score,
                     created_at, updated_at, deleted_at)
SELECT a.id, a.question_id, u.id, a.anonymous, s.title, s.level,
       CASE WHEN a.anonymous THEN NULL ELSE s.company END, s.stage,
       CASE WHEN a.anonymous THEN s.anon_headline ELSE s.headline END,
       CASE WHEN a.anonymous THEN '{}' ELSE s.companies END,
       b.body, '<p>' || replace(b.body, E'\n\n', E'</p>\n<p>') || E'</p>\n',
       coalesce(sc.score, 0), a.created_at, a.created_at, CASE WHEN a.deleted THEN now() END
FROM a
JOIN u ON u.idx = a.author_idx
JOIN snap s ON s.idx = a.author_idx
JOIN a_body b ON b.idx = a.idx
LEFT JOIN a_score sc ON sc.idx = a.idx;

-- Comments: popular posts get more (power-law), a third of them on questions, two thirds on answers,
-- each some time after its post, under the commenter's name and current credentials. What a comment
-- shows is only read, never counted, so nothing else depends on them.
INSERT INTO comments (id, question_id, answer_id, author_id, anonymous, author_title, author_level,
                      author_company, author_company_stage, author_headline, author_companies,
                      body, body_html, created_at, updated_at)
SELECT gen_random_uuid(), c.question_id, c.answer_id, u.id, false, s.title, s.level, s.company, s.stage,
       s.headline, s.companies, c.body, '<p>' || c.body || E'</p>', c.created_at, c.created_at
FROM (SELECT q.id AS question_id, NULL::uuid AS answer_id, x.author_idx, x.body,
             q.created_at + (now() - q.created_at) * x.delay AS created_at
      FROM (SELECT 1 + floor(:questions * random() ^ 2)::int AS post_idx, 1 + floor(:users * random())::int AS author_idx,
                   left(s.text, 200) AS body, random() ^ 3 AS delay
            FROM generate_series(1, :comments / 3) n JOIN sentences s ON s.id = 1 + (n::bigint * 7919) % 20000) x
      JOIN q ON q.idx = x.post_idx
      UNION ALL
      SELECT a.question_id, a.id, x.author_idx, x.body, a.created_at + (now() - a.created_at) * x.delay
      FROM (SELECT 1 + floor(:answers * random() ^ 2)::int AS post_idx, 1 + floor(:users * random())::int AS author_idx,
                   left(s.text, 200) AS body, random() ^ 3 AS delay
            FROM generate_series(1, :comments - :comments / 3) n JOIN sentences s ON s.id = 1 + (n::bigint * 104729) % 20000) x
      JOIN a ON a.idx = x.post_idx) c
JOIN u ON u.idx = c.author_idx
JOIN snap s ON s.idx = c.author_idx;

-- Votes in primary-key order; each cast some time after its post was written.
INSERT INTO question_votes (user_id, question_id, value, created_at)
SELECT u.id, q.id, v.value, q.created_at + (now() - q.created_at) * random()
FROM qv v JOIN u ON u.idx = v.voter_idx JOIN q ON q.idx = v.post_idx
ORDER BY u.id, q.id;

INSERT INTO answer_votes (user_id, answer_id, value, created_at)
SELECT u.id, a.id, v.value, a.created_at + (now() - a.created_at) * random()
FROM av v JOIN u ON u.idx = v.voter_idx JOIN a ON a.idx = v.post_idx
ORDER BY u.id, a.id;

UPDATE topics t SET question_count = x.n
FROM (SELECT qt.topic_id, count(*)::int AS n FROM qt JOIN q ON q.idx = qt.idx WHERE NOT q.deleted GROUP BY 1) x
WHERE t.id = x.topic_id;

-- ---- Rebuild keys, indexes and foreign keys (the checks run once, set-based) -----------------------
DO $$
DECLARE s text;
BEGIN
  FOR s IN SELECT create_sql FROM ddl ORDER BY step LOOP EXECUTE s; END LOOP;
END $$;

-- Live questions that have answers, in random order: what the question-page scenario and its
-- pgbench ceiling rotate over (n = 1..count).
CREATE TABLE bench.question_ids (n int PRIMARY KEY, id uuid NOT NULL);
INSERT INTO bench.question_ids
SELECT row_number() OVER (ORDER BY md5(id::text)), id
FROM questions WHERE deleted_at IS NULL AND answer_count > 0;

-- The marker that lets bench/run reuse this seed.
CREATE TABLE bench.seed (version text, users int, questions int, answers int, votes int,
                         seeded_at timestamptz, seconds numeric);
INSERT INTO bench.seed
SELECT 'v2', :users, :questions, :answers, :qvotes + :avotes, now(),
       round(extract(epoch FROM clock_timestamp() - :'seed_started'::timestamptz)::numeric, 1);
COMMIT;

-- Visibility map and statistics, as a database that has been running a while would have them.
VACUUM (ANALYZE) users, positions, topics, questions, question_topics, answers, question_votes, answer_votes, comments;
