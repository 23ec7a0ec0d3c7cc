package dev.ladder.qa;

import static dev.ladder.common.page.SortColumn.desc;

import dev.ladder.common.page.KeyType;
import dev.ladder.common.page.KeysetSort;
import dev.ladder.common.page.SortColumn;

/** The orders of a question's answers; each has its own index ending in the id (V4 migration, TOP's V13). */
public enum AnswerSort implements KeysetSort<AnswerRow> {
    /** The accepted answer first, then by score (one key: see {@link AnswerRow#topRank}). */
    TOP(desc("p.topRank", KeyType.LONG, AnswerRow::topRank)),
    NEWEST(desc("p.createdAt", KeyType.INSTANT, AnswerRow::createdAt));

    private static final SortColumn<AnswerRow> ID = desc("p.id", KeyType.UUID, AnswerRow::id);

    private final SortColumn<AnswerRow> key;

    AnswerSort(SortColumn<AnswerRow> key) {
        this.key = key;
    }

    @Override
    public SortColumn<AnswerRow> key() {
        return key;
    }

    @Override
    public SortColumn<AnswerRow> tie() {
        return ID;
    }
}
