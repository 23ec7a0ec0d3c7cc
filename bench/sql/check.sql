-- Consistency of the bench data with the rules the app keeps: every line must say 0.
-- bench/run runs it after seeding; by hand: psql ... -f bench/sql/check.sql
SELECT 'question score <> sum of its votes' AS rule, count(*) AS violations FROM questions q
  WHERE q.score <> coalesce((SELECT sum(value) FROM question_votes v WHERE v.question_id = q.id), 0)
UNION ALL
SELECT 'answer score <> sum of its votes', count(*) FROM answers a
  LEFT JOIN (SELECT answer_id, sum(value) AS s FROM answer_votes GROUP BY 1) v ON v.answer_id = a.id
  WHERE a.score <> coalesce(v.s, 0)
UNION ALL
SELECT 'answer_count <> live answers', count(*) FROM questions q
  LEFT JOIN (SELECT question_id, count(*) AS n FROM answers WHERE deleted_at IS NULL GROUP BY 1) a ON a.question_id = q.id
  WHERE q.answer_count <> coalesce(a.n, 0)
UNION ALL
SELECT 'topic question_count <> live questions', count(*) FROM topics t
  WHERE t.question_count <> (SELECT count(*) FROM question_topics qt JOIN questions q ON q.id = qt.question_id
                             WHERE qt.topic_id = t.id AND q.deleted_at IS NULL)
UNION ALL
SELECT 'user question_count <> live named questions', count(*) FROM users u
  LEFT JOIN (SELECT author_id, count(*) AS n FROM questions WHERE deleted_at IS NULL AND NOT anonymous GROUP BY 1) q
    ON q.author_id = u.id
  WHERE u.question_count <> coalesce(q.n, 0)
UNION ALL
SELECT 'user answer_count <> live named answers under live questions', count(*) FROM users u
  LEFT JOIN (SELECT a.author_id, count(*) AS n FROM answers a JOIN questions q ON q.id = a.question_id
             WHERE a.deleted_at IS NULL AND q.deleted_at IS NULL AND NOT a.anonymous GROUP BY 1) a ON a.author_id = u.id
  WHERE u.answer_count <> coalesce(a.n, 0)
UNION ALL
SELECT 'reputation <> votes on and acceptances of named posts', count(*) FROM users u
  LEFT JOIN (SELECT author_id, sum(s) AS rep FROM (
               SELECT q.author_id, v.value AS s FROM question_votes v JOIN questions q ON q.id = v.question_id WHERE NOT q.anonymous
               UNION ALL
               SELECT a.author_id, v.value FROM answer_votes v JOIN answers a ON a.id = v.answer_id WHERE NOT a.anonymous
               UNION ALL
               SELECT author_id, 15 FROM answers WHERE accepted AND NOT anonymous) x
             GROUP BY 1) r ON r.author_id = u.id
  WHERE u.reputation <> coalesce(r.rep, 0)
UNION ALL
SELECT 'accepted_answer_id <> the accepted answer', count(*) FROM questions q
  WHERE q.accepted_answer_id IS DISTINCT FROM (SELECT a.id FROM answers a WHERE a.question_id = q.id AND a.accepted)
UNION ALL
SELECT 'self-votes', (SELECT count(*) FROM question_votes v JOIN questions q ON q.id = v.question_id WHERE v.user_id = q.author_id)
                   + (SELECT count(*) FROM answer_votes v JOIN answers a ON a.id = v.answer_id WHERE v.user_id = a.author_id)
UNION ALL
SELECT 'last_activity_at < created_at', count(*) FROM questions WHERE last_activity_at < created_at
UNION ALL
SELECT 'named question headline <> current position', count(*) FROM questions q
  JOIN positions p ON p.user_id = q.author_id AND p.end_date IS NULL
  WHERE NOT q.anonymous AND q.author_headline IS DISTINCT FROM p.title || ' at ' || p.company
UNION ALL
SELECT 'anonymous headline <> title at stage', count(*) FROM answers a
  JOIN positions p ON p.user_id = a.author_id AND p.end_date IS NULL
  WHERE a.anonymous AND a.author_headline IS DISTINCT FROM
        CASE WHEN p.company_stage IS NULL THEN p.title ELSE p.title || ' at ' || p.company_stage END;
