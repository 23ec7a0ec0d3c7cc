package dev.ladder.privacy;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Everything an account holds, section by section, each row as PostgreSQL renders it in JSON
 * (row_to_json, field names as the API spells them). One read-only REPEATABLE READ transaction, so
 * the sections agree with each other; rows come from the server in batches of {@link #BATCH} (a
 * cursor: autocommit off and a fetch size), so a heavy account never sits in memory.
 */
@ApplicationScoped
class ExportRepository {
    static final int BATCH = 500;

    /** One object: the account itself. */
    static final String PROFILE =
            "SELECT row_to_json(r)::text FROM (SELECT handle, email, display_name AS \"displayName\","
                    + " avatar_url AS \"avatarUrl\", role, question_count AS \"questionCount\", answer_count AS \"answerCount\","
                    + " reputation, created_at AS \"createdAt\" FROM users WHERE id = ?) r";

    /** One object or none: mail settings are stored once changed. */
    static final String SETTINGS = "SELECT row_to_json(r)::text FROM (SELECT digest AS \"emailDigest\","
            + " on_answer AS \"emailOnAnswer\" FROM email_settings WHERE user_id = ?) r";

    /** Lists, in this order; each query takes the account's id once. */
    static final Map<String, String> SECTIONS = new LinkedHashMap<>();

    static {
        SECTIONS.put(
                "positions",
                "SELECT id, company, title, level, company_stage AS \"companyStage\","
                        + " to_char(start_date, 'YYYY-MM') AS \"startDate\", to_char(end_date, 'YYYY-MM') AS \"endDate\","
                        + " verified_domain AS \"verifiedDomain\", verified_at AS \"verifiedAt\", created_at AS \"createdAt\""
                        + " FROM positions WHERE user_id = ? ORDER BY start_date, id");
        SECTIONS.put(
                "questions",
                "SELECT q.id, q.title, q.body, q.anonymous, q.author_headline AS headline,"
                        + " ARRAY(SELECT t.slug FROM question_topics qt JOIN topics t ON t.id = qt.topic_id"
                        + " WHERE qt.question_id = q.id ORDER BY t.slug) AS topics, q.score, q.answer_count AS \"answerCount\","
                        + " q.accepted_answer_id AS \"acceptedAnswerId\", q.closed_reason AS \"closedReason\","
                        + " q.created_at AS \"createdAt\", q.updated_at AS \"updatedAt\", q.hidden_at AS \"hiddenAt\","
                        + " CASE WHEN q.hidden_at IS NULL THEN q.deleted_at END AS \"deletedAt\""
                        + " FROM questions q WHERE q.author_id = ? ORDER BY q.created_at, q.id");
        SECTIONS.put(
                "answers",
                "SELECT id, question_id AS \"questionId\", body, anonymous, author_headline AS headline,"
                        + " score, accepted, created_at AS \"createdAt\", updated_at AS \"updatedAt\", hidden_at AS \"hiddenAt\","
                        + " CASE WHEN hidden_at IS NULL THEN deleted_at END AS \"deletedAt\""
                        + " FROM answers WHERE author_id = ? ORDER BY created_at, id");
        SECTIONS.put(
                "comments",
                "SELECT id, question_id AS \"questionId\", answer_id AS \"answerId\", body, anonymous,"
                        + " author_headline AS headline, created_at AS \"createdAt\", updated_at AS \"updatedAt\","
                        + " hidden_at AS \"hiddenAt\", CASE WHEN hidden_at IS NULL THEN deleted_at END AS \"deletedAt\""
                        + " FROM comments WHERE author_id = ? ORDER BY created_at, id");
        SECTIONS.put(
                "revisions",
                "SELECT r.question_id AS \"questionId\", r.answer_id AS \"answerId\", r.version,"
                        + " r.title, r.body, r.edited_at AS \"editedAt\" FROM post_revisions r"
                        + " LEFT JOIN questions q ON q.id = r.question_id LEFT JOIN answers a ON a.id = r.answer_id"
                        + " WHERE coalesce(q.author_id, a.author_id) = ? ORDER BY r.edited_at, r.id");
        SECTIONS.put(
                "votes",
                "WITH me AS (SELECT CAST(? AS uuid) AS id) SELECT * FROM ("
                        + "SELECT 'question' AS type, question_id AS \"postId\", value, created_at AS \"createdAt\""
                        + " FROM question_votes WHERE user_id = (SELECT id FROM me) UNION ALL SELECT 'answer', answer_id,"
                        + " value, created_at FROM answer_votes WHERE user_id = (SELECT id FROM me)) v"
                        + " ORDER BY \"createdAt\", \"postId\"");
        SECTIONS.put(
                "follows",
                "SELECT CASE WHEN f.question_id IS NOT NULL THEN 'question'"
                        + " WHEN f.topic_id IS NOT NULL THEN 'topic' ELSE 'user' END AS type, f.question_id AS \"questionId\","
                        + " t.slug AS topic, u.handle AS \"user\", f.created_at AS \"createdAt\" FROM follows f"
                        + " LEFT JOIN topics t ON t.id = f.topic_id LEFT JOIN users u ON u.id = f.followee_id"
                        + " WHERE f.user_id = ? ORDER BY f.created_at, f.id");
        SECTIONS.put(
                "bookmarks",
                "SELECT question_id AS \"questionId\", answer_id AS \"answerId\","
                        + " created_at AS \"createdAt\" FROM bookmarks WHERE user_id = ? ORDER BY created_at, id");
        SECTIONS.put(
                "flags",
                "SELECT id, post_type AS \"postType\", post_id AS \"postId\", reason, detail, status,"
                        + " created_at AS \"createdAt\" FROM flags WHERE flagger_id = ? ORDER BY created_at, id");
        SECTIONS.put(
                "notifications",
                "SELECT id, type, question_id AS \"questionId\", answer_id AS \"answerId\","
                        + " comment_id AS \"commentId\", created_at AS \"createdAt\" FROM notification_events"
                        + " WHERE recipient_id = ? ORDER BY id");
        SECTIONS.put(
                "emailDigests",
                "SELECT period, period_start AS \"periodStart\", sent_at AS \"sentAt\","
                        + " question_count AS \"questionCount\" FROM email_digests WHERE user_id = ? ORDER BY period_start, period");
    }

    /** Receives the export as it is read: single objects (null when absent) and the rows of each list. */
    interface Sink {
        void object(String name, String json) throws IOException;

        void startList(String name) throws IOException;

        void row(String json) throws IOException;

        void endList() throws IOException;
    }

    private final AgroalDataSource db;

    ExportRepository(AgroalDataSource db) {
        this.db = db;
    }

    void read(UUID account, Sink sink) throws SQLException, IOException {
        try (Connection connection = db.getConnection()) {
            int isolation = connection.getTransactionIsolation();
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setReadOnly(true);
            try {
                try (var utc = connection.createStatement()) {
                    utc.execute("SET LOCAL TimeZone = 'UTC'");
                }
                sink.object("profile", single(connection, PROFILE, account));
                sink.object("settings", single(connection, SETTINGS, account));
                for (Map.Entry<String, String> section : SECTIONS.entrySet()) {
                    sink.startList(section.getKey());
                    try (PreparedStatement rows = connection.prepareStatement(
                            "SELECT row_to_json(r)::text FROM (" + section.getValue() + ") r")) {
                        rows.setFetchSize(BATCH);
                        rows.setObject(1, account);
                        try (ResultSet result = rows.executeQuery()) {
                            while (result.next()) {
                                sink.row(result.getString(1));
                            }
                        }
                    }
                    sink.endList();
                }
            } finally {
                // Nothing was written; the pooled connection goes back as it came.
                connection.rollback();
                connection.setReadOnly(false);
                connection.setTransactionIsolation(isolation);
                connection.setAutoCommit(true);
            }
        }
    }

    private static String single(Connection connection, String sql, UUID account) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, account);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() ? result.getString(1) : null;
            }
        }
    }
}
