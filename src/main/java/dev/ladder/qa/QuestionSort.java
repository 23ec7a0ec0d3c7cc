package dev.ladder.qa;

import dev.ladder.common.page.Cursor;

/** The orders a question list can take; each has its own index ending in the id (V4 migration). */
public enum QuestionSort {
    TOP("score"), NEWEST("createdAt"), ACTIVE("lastActivityAt"), UNANSWERED("createdAt");

    /** The entity property the list is ordered by, descending, then by id. */
    final String key;

    QuestionSort(String key) {
        this.key = key;
    }

    /** The sort key a cursor of this sort carries after its sort name. */
    Object keyOf(Cursor cursor) {
        return this == TOP ? cursor.integer(1) : cursor.instant(1);
    }
}
