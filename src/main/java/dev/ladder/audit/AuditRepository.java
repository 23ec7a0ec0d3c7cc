package dev.ladder.audit;

import dev.ladder.common.page.Cursor;
import dev.ladder.common.page.KeysetQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class AuditRepository implements PanacheRepositoryBase<AuditEntry, UUID> {

    List<AuditRow> page(Cursor after, int limit) {
        return new KeysetQuery(AuditRow.SELECT)
                .fetch(getEntityManager(), AuditRow.class, AuditSort.NEWEST, after, limit);
    }
}
