package dev.ladder.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
        String post = table.equals("questions") ? "question" : "answer";
        long score = sql.count("SELECT score FROM " + table + " WHERE id = ?::uuid", id);
        assertEquals(sql.count("SELECT coalesce(sum(value), 0) FROM " + post + "_votes WHERE " + post + "_id = ?::uuid", id),
                score, "score of " + post + " " + id);
        return score;
    }

    /** A question's answerCount counts its live answers (whether or not the question itself is live); returns it. */
    public long assertAnswerCountExact(String questionId) {
        long count = sql.count("SELECT answer_count FROM questions WHERE id = ?::uuid", questionId);
        assertEquals(sql.count("SELECT count(*) FROM answers WHERE question_id = ?::uuid AND deleted_at IS NULL", questionId),
                count, "answerCount of question " + questionId);
        return count;
    }

    public void assertTopicCountExact(String slug) {
        assertEquals(sql.count("SELECT count(*) FROM question_topics qt JOIN questions q ON q.id = qt.question_id"
                + " JOIN topics t ON t.id = qt.topic_id WHERE t.slug = ? AND q.deleted_at IS NULL", slug),
                sql.count("SELECT question_count FROM topics WHERE slug = ?", slug), "questionCount of " + slug);
    }

    /**
     * An account's public counts: its live questions under its name, its live answers under its name
     * to live questions, and as reputation every vote ever cast on a post under its name (reputation
     * earned on posts deleted since stays).
     */
    public void assertUserCountsExact(String handle) {
        assertEquals(sql.count("SELECT count(*) FROM questions q JOIN users u ON u.id = q.author_id"
                + " WHERE u.handle = ? AND q.deleted_at IS NULL AND NOT q.anonymous", handle),
                sql.count("SELECT question_count FROM users WHERE handle = ?", handle), "questionCount of " + handle);
        assertEquals(sql.count("SELECT count(*) FROM answers a JOIN questions q ON q.id = a.question_id"
                + " JOIN users u ON u.id = a.author_id WHERE u.handle = ? AND a.deleted_at IS NULL AND q.deleted_at IS NULL"
                + " AND NOT a.anonymous", handle),
                sql.count("SELECT answer_count FROM users WHERE handle = ?", handle), "answerCount of " + handle);
        assertEquals(sql.count("SELECT coalesce(sum(v.value), 0) FROM question_votes v JOIN questions q ON q.id = v.question_id"
                + " JOIN users u ON u.id = q.author_id WHERE u.handle = ? AND NOT q.anonymous", handle)
                + sql.count("SELECT coalesce(sum(v.value), 0) FROM answer_votes v JOIN answers a ON a.id = v.answer_id"
                + " JOIN users u ON u.id = a.author_id WHERE u.handle = ? AND NOT a.anonymous", handle),
                sql.count("SELECT reputation FROM users WHERE handle = ?", handle), "reputation of " + handle);
    }
}
