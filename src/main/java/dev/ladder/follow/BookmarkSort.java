package dev.ladder.follow;

import static dev.ladder.common.page.SortColumn.desc;

import dev.ladder.common.page.KeyType;
import dev.ladder.common.page.KeysetSort;
import dev.ladder.common.page.SortColumn;

/** What the caller bookmarked last comes first; indexed on (user, created_at, id) (V16). */
public enum BookmarkSort implements KeysetSort<BookmarkRow> {
    NEWEST;

    private static final SortColumn<BookmarkRow> CREATED = desc("b.createdAt", KeyType.INSTANT, BookmarkRow::createdAt);
    private static final SortColumn<BookmarkRow> ID = desc("b.id", KeyType.UUID, BookmarkRow::id);

    @Override
    public SortColumn<BookmarkRow> key() {
        return CREATED;
    }

    @Override
    public SortColumn<BookmarkRow> tie() {
        return ID;
    }
}
