package dev.ladder.notification;

import static dev.ladder.common.page.SortColumn.desc;

import dev.ladder.common.page.KeyType;
import dev.ladder.common.page.KeysetSort;
import dev.ladder.common.page.SortColumn;

/** Newest first, by event id: ids only grow and are unique, so the id is its own tie-breaker. */
public enum NotificationSort implements KeysetSort<NotificationRow> {
    NEWEST;

    private static final SortColumn<NotificationRow> ID = desc("e.id", KeyType.LONG, NotificationRow::id);

    @Override
    public SortColumn<NotificationRow> key() {
        return ID;
    }

    @Override
    public SortColumn<NotificationRow> tie() {
        return ID;
    }
}
