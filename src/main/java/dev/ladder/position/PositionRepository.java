package dev.ladder.position;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PositionRepository implements PanacheRepositoryBase<Position, UUID> {

    /** Most recent first: current jobs, then by end and start month, as a CV reads. */
    public List<Position> listByUser(UUID userId) {
        return list("userId = ?1 order by endDate desc nulls first, startDate desc, id", userId);
    }

    public Optional<Position> findOwned(UUID id, UUID userId) {
        return find("id = ?1 and userId = ?2", id, userId).firstResultOptional();
    }

    public long countByUser(UUID userId) {
        return count("userId", userId);
    }

    /** Another current position at the same company, which the database allows only once. */
    public boolean hasOtherCurrentAt(UUID userId, String company, UUID exceptId) {
        return count("userId = ?1 and lower(company) = lower(?2) and endDate is null and id <> ?3",
                userId, company, exceptId) > 0;
    }
}
