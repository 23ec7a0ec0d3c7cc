package dev.ladder.qa;

import dev.ladder.common.page.Cursor;

/** The orders of a question's answers; each has its own index ending in the id (V4 migration). */
public enum AnswerSort {
    TOP("score"), NEWEST("createdAt");

    final String key;

    AnswerSort(String key) {
        this.key = key;
    }

    /** The sort key a cursor of this sort carries after its sort name. */
    Object keyOf(Cursor cursor) {
        return this == TOP ? cursor.integer(1) : cursor.instant(1);
    }
}
