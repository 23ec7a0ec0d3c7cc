package dev.ladder.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The counters the app keeps (scores, answer counts, user and topic counts, reputation) against a
 * fresh count of the rows they count, by the rules of bench/sql/check.sql: after any race, each
 * stored number must equal its recount.
 */
public final class Recount {
    private final Sql sql;

    public Recount(Sql sql) {
        this.sql = sql;
    }

    /** A post's score is the sum of its vote rows; returns it. {@code table}: questions or answers. */
    public long assertScoreExact(String table, String id) {
        return found(assertScoresExact(table, List.of(id)), table, id);
    }

    /** {@link #assertScoreExact} for many posts of one table in two queries; returns their scores by id. */
    public Map<String, Integer> assertScoresExact(String table, Collection<String> ids) {
        String post = post(table);
        Object uuids = ids.toArray(String[]::new);
        Map<String, Integer> scores =
                sql.numbersByKey("SELECT id::text, score FROM " + table + " WHERE id = ANY (?::uuid[])", uuids);
        assertAgree(
                "score of " + post,
                scores,
                sql.numbersByKey(
                        "SELECT p.id::text, coalesce(sum(v.value), 0) FROM " + table + " p" + " LEFT JOIN " + post
                                + "_votes v ON v." + post + "_id = p.id WHERE p.id = ANY (?::uuid[]) GROUP BY p.id",
                        uuids));
        return scores;
    }

    /** A question's answerCount counts its live answers (whether or not the question itself is live); returns it. */
    public long assertAnswerCountExact(String questionId) {
        return found(assertAnswerCountsExact(List.of(questionId)), "questions", questionId);
    }

    /** {@link #assertAnswerCountExact} for many questions in two queries; returns their answerCounts by id. */
    public Map<String, Integer> assertAnswerCountsExact(Collection<String> questionIds) {
        Object uuids = questionIds.toArray(String[]::new);
        Map<String, Integer> counts =
                sql.numbersByKey("SELECT id::text, answer_count FROM questions WHERE id = ANY (?::uuid[])", uuids);
        assertAgree(
                "answerCount of question",
                counts,
                sql.numbersByKey(
                        "SELECT q.id::text, count(a.id) FROM questions q"
                                + " LEFT JOIN answers a ON a.question_id = q.id AND a.deleted_at IS NULL WHERE q.id = ANY (?::uuid[]) GROUP BY q.id",
                        uuids));
        return counts;
    }

    public void assertTopicCountExact(String slug) {
        assertEquals(
                sql.count(
                        "SELECT count(*) FROM question_topics qt JOIN questions q ON q.id = qt.question_id"
                                + " JOIN topics t ON t.id = qt.topic_id WHERE t.slug = ? AND q.deleted_at IS NULL",
                        slug),
                sql.count("SELECT question_count FROM topics WHERE slug = ?", slug),
                "questionCount of " + slug);
    }

    /**
     * An account's public counts: its live questions under its name, its live answers under its name
     * to live questions, and as reputation every vote ever cast on a post under its name (reputation
     * earned on posts deleted since stays) plus 15 for each of its accepted answers under its name.
     */
    public void assertUserCountsExact(String handle) {
        assertEquals(
                sql.count(
                        "SELECT count(*) FROM questions q JOIN users u ON u.id = q.author_id"
                                + " WHERE u.handle = ? AND q.deleted_at IS NULL AND NOT q.anonymous",
                        handle),
                sql.count("SELECT question_count FROM users WHERE handle = ?", handle),
                "questionCount of " + handle);
        assertEquals(
                sql.count(
                        "SELECT count(*) FROM answers a JOIN questions q ON q.id = a.question_id"
                                + " JOIN users u ON u.id = a.author_id WHERE u.handle = ? AND a.deleted_at IS NULL AND q.deleted_at IS NULL"
                                + " AND NOT a.anonymous",
                        handle),
                sql.count("SELECT answer_count FROM users WHERE handle = ?", handle),
                "answerCount of " + handle);
        assertEquals(
                sql.count(
                                "SELECT coalesce(sum(v.value), 0) FROM question_votes v JOIN questions q ON q.id = v.question_id"
                                        + " JOIN users u ON u.id = q.author_id WHERE u.handle = ? AND NOT q.anonymous",
                                handle)
                        + sql.count(
                                "SELECT coalesce(sum(v.value), 0) FROM answer_votes v JOIN answers a ON a.id = v.answer_id"
                                        + " JOIN users u ON u.id = a.author_id WHERE u.handle = ? AND NOT a.anonymous",
                                handle)
                        + 15
                                * sql.count(
                                        "SELECT count(*) FROM answers a JOIN users u ON u.id = a.author_id"
                                                + " WHERE u.handle = ? AND a.accepted AND NOT a.anonymous",
                                        handle),
                sql.count("SELECT reputation FROM users WHERE handle = ?", handle),
                "reputation of " + handle);
    }

    /** The vote rows a post's score sums: each voter's handle to the value of their vote. */
    public Map<String, Integer> votesByHandle(String table, String id) {
        String post = post(table);
        return sql.numbersByKey(
                "SELECT u.handle, v.value FROM " + post + "_votes v JOIN users u ON u.id = v.user_id" + " WHERE v."
                        + post + "_id = ?::uuid",
                id);
    }

    /** Only the posts whose stored number differs from the recount, so that a failure names them and nothing else. */
    private static void assertAgree(String what, Map<String, Integer> stored, Map<String, Integer> recounted) {
        Map<String, String> differences = new TreeMap<>();
        recounted.forEach((id, recount) -> {
            if (!Objects.equals(stored.get(id), recount)) {
                differences.put(id, "stored " + stored.get(id) + ", recount " + recount);
            }
        });
        assertEquals(Map.of(), differences, what);
    }

    /** The singular of {@code table}, which names its vote table and their column for it. */
    private static String post(String table) {
        return table.equals("questions") ? "question" : "answer";
    }

    private static long found(Map<String, Integer> numbers, String table, String id) {
        assertNotNull(numbers.get(id), "no row in " + table + " with id " + id);
        return numbers.get(id);
    }
}
