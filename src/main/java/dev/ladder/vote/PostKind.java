package dev.ladder.vote;

import java.util.Locale;

/** What can be voted on. Both kinds keep score on the post and one vote row per user and post. */
public enum PostKind {
    QUESTION(
            "questions",
            "question_votes",
            "question_id",
            "SELECT p.id, p.author_id, p.anonymous, p.score FROM questions p, input"
                    + " WHERE p.id = input.post AND p.deleted_at IS NULL FOR NO KEY UPDATE OF p"),
    // An answer under a deleted question is gone too.
    ANSWER(
            "answers",
            "answer_votes",
            "answer_id",
            "SELECT p.id, p.author_id, p.anonymous, p.score FROM answers p JOIN questions q ON q.id = p.question_id, input"
                    + " WHERE p.id = input.post AND p.deleted_at IS NULL AND q.deleted_at IS NULL FOR NO KEY UPDATE OF p");

    final String table;
    final String voteTable;
    final String voteColumn;
    /** Locks the live post's row (joined to the statement's {@code input}): votes on one post take turns. */
    final String lockLive;

    PostKind(String table, String voteTable, String voteColumn, String lockLive) {
        this.table = table;
        this.voteTable = voteTable;
        this.voteColumn = voteColumn;
        this.lockLive = lockLive;
    }

    String noun() {
        return name().toLowerCase(Locale.ROOT);
    }
}
