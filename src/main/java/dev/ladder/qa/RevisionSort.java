package dev.ladder.qa;

import static dev.ladder.common.page.SortColumn.desc;

import dev.ladder.common.page.KeyType;
import dev.ladder.common.page.KeysetSort;
import dev.ladder.common.page.SortColumn;

/** Revisions newest first: version numbers only grow; indexed on (post, version, id) (V14). */
public enum RevisionSort implements KeysetSort<RevisionRow> {
    NEWEST;

    private static final SortColumn<RevisionRow> VERSION = desc("p.version", KeyType.INTEGER, RevisionRow::version);
    private static final SortColumn<RevisionRow> ID = desc("p.id", KeyType.UUID, RevisionRow::id);

    @Override
    public SortColumn<RevisionRow> key() {
        return VERSION;
    }

    @Override
    public SortColumn<RevisionRow> tie() {
        return ID;
    }
}
