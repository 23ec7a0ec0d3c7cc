package dev.ladder.vote;

import java.util.Locale;

/** What can be voted on. Both kinds keep score on the post and one vote row per user and post. */
public enum PostKind {
    QUESTION("questions", "question_votes", "question_id",
            "SELECT author_id, anonymous FROM questions WHERE id = ?1 AND deleted_at IS NULL FOR NO KEY UPDATE"),
    // An answer under a deleted question is gone too.
    ANSWER("answers", "answer_votes", "answer_id",
            "SELECT a.author_id, a.anonymous FROM answers a JOIN questions q ON q.id = a.question_id"
                    + " WHERE a.id = ?1 AND a.deleted_at IS NULL AND q.deleted_at IS NULL FOR NO KEY UPDATE OF a");

    final String table;
    final String voteTable;
    final String voteColumn;
    /** Locks the live post's row: votes on one post run one after another, so the score stays exact. */
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
