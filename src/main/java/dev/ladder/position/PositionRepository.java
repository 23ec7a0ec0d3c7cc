package dev.ladder.position;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class PositionRepository implements PanacheRepositoryBase<Position, UUID> {

    /** Most recent first: current jobs, then by end and start month, as a CV reads. */
    private static final String CV_ORDER = " order by endDate desc nulls first, startDate desc, id";

    /** The user's positions, most recent first. */
    public List<Position> listByUser(UUID userId) {
        return list("userId = ?1" + CV_ORDER, userId);
    }

    /** The positions of many users in one query, each user's most recent first. */
    public Map<UUID, List<Position>> listByUsers(Collection<UUID> userIds) {
        return list("userId in ?1" + CV_ORDER, userIds).stream()
                .collect(Collectors.groupingBy(p -> p.userId, Collectors.toList()));
    }

    public Optional<Position> findOwned(UUID id, UUID userId) {
        return find("id = ?1 and userId = ?2", id, userId).firstResultOptional();
    }

    public long countByUser(UUID userId) {
        return count("userId", userId);
    }

    /**
     * How many users hold a current position with this title (case-insensitive) and, unless
     * {@code stage} is null, this company stage; counted up to {@code enough} and no further.
     */
    public long currentHolders(String title, String stage, int enough) {
        Query holders = getEntityManager()
                .createNativeQuery("SELECT count(*) FROM (SELECT DISTINCT user_id FROM positions"
                        + " WHERE end_date IS NULL AND lower(title) = lower(:title)"
                        + (stage == null ? "" : " AND lower(company_stage) = lower(:stage)")
                        + " LIMIT :enough) holders")
                .setParameter("title", title)
                .setParameter("enough", enough);
        if (stage != null) {
            holders.setParameter("stage", stage);
        }
        return ((Number) holders.getSingleResult()).longValue();
    }

    /** How many users hold a current position whose title, without seniority, is {@code general}; up to {@code enough}. */
    public long currentHoldersOfGeneralTitle(String general, int enough) {
        return ((Number) getEntityManager()
                        .createNativeQuery("SELECT count(*) FROM (SELECT DISTINCT user_id FROM positions"
                                + " WHERE end_date IS NULL AND lower(btrim(regexp_replace(regexp_replace(title,"
                                + " :seniority, '', 'gi'), '\\s+', ' ', 'g'), ' ,')) = lower(:general)"
                                + " LIMIT :enough) holders")
                        .setParameter("seniority", JobTitles.SENIORITY)
                        .setParameter("general", general)
                        .setParameter("enough", enough)
                        .getSingleResult())
                .longValue();
    }

    /** Another current position at the same company, which the database allows only once. */
    public boolean hasOtherCurrentAt(UUID userId, String company, UUID exceptId) {
        return count(
                        "userId = ?1 and lower(company) = lower(?2) and endDate is null and id <> ?3",
                        userId,
                        company,
                        exceptId)
                > 0;
    }
}
