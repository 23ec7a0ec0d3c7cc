package dev.ladder.audit;

import static dev.ladder.common.page.SortColumn.desc;

import dev.ladder.common.page.KeyType;
import dev.ladder.common.page.KeysetSort;
import dev.ladder.common.page.SortColumn;

/** The log newest first (moderation_log_newest_idx). */
enum AuditSort implements KeysetSort<AuditRow> {
    NEWEST;

    private static final SortColumn<AuditRow> AT = desc("p.at", KeyType.INSTANT, AuditRow::at);
    private static final SortColumn<AuditRow> ID = desc("p.id", KeyType.UUID, AuditRow::id);

    @Override
    public SortColumn<AuditRow> key() {
        return AT;
    }

    @Override
    public SortColumn<AuditRow> tie() {
        return ID;
    }
}
