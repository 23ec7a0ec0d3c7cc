package dev.ladder.moderation;

import static dev.ladder.common.page.SortColumn.asc;

import dev.ladder.common.page.KeyType;
import dev.ladder.common.page.KeysetSort;
import dev.ladder.common.page.SortColumn;

/** The queue oldest first: whoever waited longest is seen first (flags_queue_idx). */
enum FlagSort implements KeysetSort<FlagRow> {
    OLDEST;

    private static final SortColumn<FlagRow> CREATED = asc("p.createdAt", KeyType.INSTANT, FlagRow::createdAt);
    private static final SortColumn<FlagRow> ID = asc("p.id", KeyType.UUID, FlagRow::id);

    @Override
    public SortColumn<FlagRow> key() {
        return CREATED;
    }

    @Override
    public SortColumn<FlagRow> tie() {
        return ID;
    }
}
