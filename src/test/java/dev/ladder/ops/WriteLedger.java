package dev.ladder.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ladder.ops.Traffic.Call;
import dev.ladder.ops.Traffic.Kind;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Holds what {@link Traffic}'s clients saw against what the database holds, over plain JDBC: every
 * write answered with a success is there, every write refused left nothing, and no write is half
 * applied (scores are the sums of their votes, counts count their rows).
 */
final class WriteLedger {
    /** What was written, refused and left in doubt, to print. */
    record Tally(int acknowledged, int refused, int inDoubt, int inDoubtApplied) {}

    private WriteLedger() {
    }

    /**
     * {@code inDoubt} names the calls whose outcome the client cannot know: a write whose
     * connection to PostgreSQL broke after its COMMIT was sent, and before the answer came back,
     * may have been applied although its client got a 503. Such a write must still be whole.
     */
    static Tally assertConsistent(Traffic traffic, List<Call> calls, Predicate<Call> inDoubt) throws SQLException {
        try (Connection db = DriverManager.getConnection(testDatabaseUrl(), "ladder", "ladder")) {
            int acknowledged = 0;
            int refused = 0;
            int doubted = 0;
            int doubtedApplied = 0;
            for (Call call : calls.stream().filter(c -> c.marker() != null).toList()) {
                int rows = count(db, call.kind() == Kind.ASK
                        ? "SELECT count(*) FROM questions WHERE title = ?" : "SELECT count(*) FROM answers WHERE body = ?",
                        (call.kind() == Kind.ASK ? "Question " : "Answer ") + call.marker());
                if (call.succeeded()) {
                    acknowledged++;
                    assertEquals(1, rows, "acknowledged but not stored: " + call);
                } else if (inDoubt.test(call)) {
                    doubted++;
                    doubtedApplied += rows;
                    assertTrue(rows <= 1, "stored twice: " + call);
                } else {
                    refused++;
                    assertEquals(0, rows, "refused but stored: " + call);
                }
            }
            Map<List<String>, List<Call>> votes = calls.stream().filter(c -> c.kind() == Kind.VOTE_QUESTION || c.kind() == Kind.VOTE_ANSWER)
                    .sorted(Comparator.comparingLong(Call::startedNanos))
                    .collect(Collectors.groupingBy(c -> List.of(c.kind().name(), c.handle(), c.target()), LinkedHashMap::new, Collectors.toList()));
            for (List<Call> attempts : votes.values()) {
                Set<Integer> possible = new HashSet<>(Set.of(0));
                for (Call vote : attempts) {
                    if (vote.succeeded()) {
                        acknowledged++;
                        possible = new HashSet<>(Set.of(vote.value()));
                    } else if (inDoubt.test(vote)) {
                        doubted++;
                        possible.add(vote.value());
                    } else {
                        refused++;
                    }
                }
                Call last = attempts.get(attempts.size() - 1);
                int stored = count(db, last.kind() == Kind.VOTE_QUESTION
                        ? "SELECT coalesce(sum(v.value), 0) FROM question_votes v JOIN users u ON u.id = v.user_id WHERE u.handle = ? AND v.question_id = ?::uuid"
                        : "SELECT coalesce(sum(v.value), 0) FROM answer_votes v JOIN users u ON u.id = v.user_id WHERE u.handle = ? AND v.answer_id = ?::uuid",
                        last.handle(), last.target());
                assertTrue(possible.contains(stored), "vote of " + last.handle() + " on " + last.target() + " is " + stored
                        + ", the client's calls allow only " + possible + ": " + attempts);
            }
            assertCountsAgree(db, traffic, calls);
            return new Tally(acknowledged, refused, doubted, doubtedApplied);
        }
    }

    /** Every counter the traffic moved equals a recount of the rows it counts. */
    private static void assertCountsAgree(Connection db, Traffic traffic, List<Call> calls) throws SQLException {
        List<String> questions = new ArrayList<>(traffic.questions);
        for (Call ask : calls.stream().filter(c -> c.kind() == Kind.ASK).toList()) {
            questions.addAll(strings(db, "SELECT id::text FROM questions WHERE title = ?", "Question " + ask.marker()));
        }
        for (String question : questions) {
            assertEquals(List.of(), strings(db, """
                    SELECT q.id || ': score ' || q.score || ', answerCount ' || q.answer_count FROM questions q
                    WHERE q.id = ?::uuid AND (q.score <> (SELECT coalesce(sum(value), 0) FROM question_votes WHERE question_id = q.id)
                       OR q.answer_count <> (SELECT count(*) FROM answers WHERE question_id = q.id AND deleted_at IS NULL))
                    """, question), "a question's counts disagree with its rows");
            assertEquals(List.of(), strings(db, """
                    SELECT a.id || ': score ' || a.score FROM answers a WHERE a.question_id = ?::uuid
                      AND a.score <> (SELECT coalesce(sum(value), 0) FROM answer_votes WHERE answer_id = a.id)
                    """, question), "an answer's score disagrees with its votes");
        }
        for (String handle : calls.stream().map(Call::handle).distinct().toList()) {
            assertEquals(List.of(), strings(db, """
                    SELECT u.handle || ': questionCount ' || u.question_count || ', answerCount ' || u.answer_count FROM users u
                    WHERE u.handle = ?
                      AND (u.question_count <> (SELECT count(*) FROM questions WHERE author_id = u.id AND NOT anonymous AND deleted_at IS NULL)
                       OR u.answer_count <> (SELECT count(*) FROM answers a JOIN questions q ON q.id = a.question_id
                             WHERE a.author_id = u.id AND NOT a.anonymous AND a.deleted_at IS NULL AND q.deleted_at IS NULL))
                    """, handle), "a user's counts disagree with their posts");
        }
    }

    /** The database the apps under test use, reached directly (not through any proxy). */
    static String testDatabaseUrl() {
        return PackagedApp.testDatabase().get("QUARKUS_DATASOURCE_JDBC_URL");
    }

    private static int count(Connection db, String sql, String... parameters) throws SQLException {
        return Integer.parseInt(strings(db, sql, parameters).get(0));
    }

    private static List<String> strings(Connection db, String sql, String... parameters) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setString(i + 1, parameters[i]);
            }
            List<String> rows = new ArrayList<>();
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    rows.add(result.getString(1));
                }
            }
            return rows;
        }
    }
}
