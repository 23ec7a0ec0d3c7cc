package dev.ladder.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ladder.ops.Traffic.Call;
import dev.ladder.ops.Traffic.Kind;
import dev.ladder.support.Recount;
import dev.ladder.support.Sql;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Holds what {@link Traffic}'s clients saw against what the database holds: every write answered
 * with a success is there, every write refused left nothing, and no write is half applied (every
 * counter the traffic moved equals its {@link Recount}).
 */
final class WriteLedger {
    private static final Sql DB = PackagedApp.testDatabaseSql();
    private static final Recount RECOUNT = new Recount(DB);

    /** What was written, refused and left in doubt, to print. */
    record Tally(int acknowledged, int refused, int inDoubt, int inDoubtApplied) {}

    private WriteLedger() {}

    /**
     * {@code inDoubt} names the calls whose outcome the client cannot know: a write whose
     * connection to PostgreSQL broke after its COMMIT was sent, and before the answer came back,
     * may have been applied although its client got a 503. Such a write must still be whole.
     */
    static Tally assertConsistent(Traffic traffic, List<Call> calls, Predicate<Call> inDoubt) {
        int acknowledged = 0;
        int refused = 0;
        int doubted = 0;
        int doubtedApplied = 0;
        Map<String, Integer> stored = storedPosts(calls);
        for (Call call : calls.stream().filter(c -> c.marker() != null).toList()) {
            int rows = stored.getOrDefault(text(call), 0);
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
        Map<List<String>, List<Call>> votes = calls.stream()
                .filter(c -> c.kind() == Kind.VOTE_QUESTION || c.kind() == Kind.VOTE_ANSWER)
                .sorted(Comparator.comparingLong(Call::startedNanos))
                .collect(Collectors.groupingBy(
                        c -> List.of(c.kind().name(), c.handle(), c.target()),
                        LinkedHashMap::new,
                        Collectors.toList()));
        Map<String, Map<String, Integer>> votesByPost = new HashMap<>();
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
            int vote = votesByPost
                    .computeIfAbsent(
                            last.target(),
                            post -> RECOUNT.votesByHandle(
                                    last.kind() == Kind.VOTE_QUESTION ? "questions" : "answers", post))
                    .getOrDefault(last.handle(), 0);
            assertTrue(
                    possible.contains(vote),
                    "vote of " + last.handle() + " on " + last.target() + " is " + vote
                            + ", the client's calls allow only " + possible + ": " + attempts);
        }
        assertCountsExact(traffic, calls);
        return new Tally(acknowledged, refused, doubted, doubtedApplied);
    }

    /** The title or body an ask or answer carries, to find its row by. */
    private static String text(Call call) {
        return (call.kind() == Kind.ASK ? "Question " : "Answer ") + call.marker();
    }

    private static Object texts(List<Call> calls, Kind kind) {
        return calls.stream()
                .filter(c -> c.kind() == kind)
                .map(WriteLedger::text)
                .toArray(String[]::new);
    }

    /** How many rows carry each text that the calls' asks and answers sent (none: absent). */
    private static Map<String, Integer> storedPosts(List<Call> calls) {
        Map<String, Integer> rows = new HashMap<>(DB.numbersByKey(
                "SELECT title, count(*) FROM questions WHERE title = ANY (?)" + " GROUP BY title",
                texts(calls, Kind.ASK)));
        rows.putAll(DB.numbersByKey(
                "SELECT body, count(*) FROM answers WHERE body = ANY (?) GROUP BY body", texts(calls, Kind.ANSWER)));
        return rows;
    }

    /**
     * Every counter the traffic moved equals a recount of the rows it counts: the scores and
     * answer counts of the seeded questions and of those asked, the scores of all their answers,
     * the topic's question count and every account's counts and reputation.
     */
    private static void assertCountsExact(Traffic traffic, List<Call> calls) {
        List<String> questions = new ArrayList<>(traffic.questions);
        questions.addAll(DB.strings("SELECT id::text FROM questions WHERE title = ANY (?)", texts(calls, Kind.ASK)));
        RECOUNT.assertScoresExact("questions", questions);
        RECOUNT.assertAnswerCountsExact(questions);
        RECOUNT.assertScoresExact(
                "answers", DB.strings("SELECT id::text FROM answers WHERE question_id = ANY (?::uuid[])", (Object)
                        questions.toArray(String[]::new)));
        RECOUNT.assertTopicCountExact(Traffic.TOPIC);
        traffic.handles().forEach(RECOUNT::assertUserCountsExact);
    }
}
