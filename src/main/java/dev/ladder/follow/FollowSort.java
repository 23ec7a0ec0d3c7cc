package dev.ladder.follow;

import static dev.ladder.common.page.SortColumn.desc;

import dev.ladder.common.page.KeyType;
import dev.ladder.common.page.KeysetSort;
import dev.ladder.common.page.SortColumn;

/** What the caller followed last comes first; indexed on (user, created_at, id) (V16). */
public enum FollowSort implements KeysetSort<FollowRow> {
    NEWEST;

    private static final SortColumn<FollowRow> CREATED = desc("f.createdAt", KeyType.INSTANT, FollowRow::createdAt);
    private static final SortColumn<FollowRow> ID = desc("f.id", KeyType.UUID, FollowRow::id);

    @Override
    public SortColumn<FollowRow> key() {
        return CREATED;
    }

    @Override
    public SortColumn<FollowRow> tie() {
        return ID;
    }
}
