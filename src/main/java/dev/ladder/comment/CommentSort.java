package dev.ladder.comment;

import static dev.ladder.common.page.SortColumn.asc;

import dev.ladder.common.page.KeyType;
import dev.ladder.common.page.KeysetSort;
import dev.ladder.common.page.SortColumn;

/** Comments read as a conversation, oldest first; both lists have an index on (post, created_at, id) (V12). */
public enum CommentSort implements KeysetSort<CommentRow> {
    OLDEST;

    private static final SortColumn<CommentRow> CREATED = asc("p.createdAt", KeyType.INSTANT, CommentRow::createdAt);
    private static final SortColumn<CommentRow> ID = asc("p.id", KeyType.UUID, CommentRow::id);

    @Override
    public SortColumn<CommentRow> key() {
        return CREATED;
    }

    @Override
    public SortColumn<CommentRow> tie() {
        return ID;
    }
}
