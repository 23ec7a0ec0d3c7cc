package dev.ladder.qa;

import static dev.ladder.common.page.SortColumn.desc;

import dev.ladder.common.page.KeyType;
import dev.ladder.common.page.KeysetSort;
import dev.ladder.common.page.SortColumn;

/** The orders a question list can take, newest first by default; each has its own index ending in the id (V4 migration). */
public enum QuestionSort implements KeysetSort<QuestionRow> {
    TOP(desc("p.score", KeyType.INTEGER, QuestionRow::score)),
    NEWEST(desc("p.createdAt", KeyType.INSTANT, QuestionRow::createdAt)),
    ACTIVE(desc("p.lastActivityAt", KeyType.INSTANT, QuestionRow::lastActivityAt)),
    /** Newest first, only questions without answers. */
    UNANSWERED(desc("p.createdAt", KeyType.INSTANT, QuestionRow::createdAt));

    private static final SortColumn<QuestionRow> ID = desc("p.id", KeyType.UUID, QuestionRow::id);

    private final SortColumn<QuestionRow> key;

    QuestionSort(SortColumn<QuestionRow> key) {
        this.key = key;
    }

    @Override
    public SortColumn<QuestionRow> key() {
        return key;
    }

    @Override
    public SortColumn<QuestionRow> tie() {
        return ID;
    }
}
