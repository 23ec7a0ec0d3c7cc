package dev.ladder.follow;

import java.util.UUID;

/** The caller's marks on a page of questions, read in one statement. */
public record QuestionMarks(Marked<UUID> following, Marked<UUID> bookmarked) {
    static final QuestionMarks SIGNED_OUT = new QuestionMarks(Marked.signedOut(), Marked.signedOut());
}
