package dev.ladder.company;

import dev.ladder.common.page.Cursor;
import dev.ladder.common.page.KeysetQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class CompanyRepository implements PanacheRepositoryBase<Company, UUID> {

    List<Company> page(Cursor after, int limit) {
        return new KeysetQuery("select c from Company c")
                .fetch(getEntityManager(), Company.class, CompanySort.NAME, after, limit);
    }

    boolean nameTaken(String name, UUID exceptId) {
        return count("lower(name) = lower(?1) and id <> ?2", name, exceptId) > 0;
    }

    /** The company holding the first of {@code domains} that one holds (the most specific, when they are listed so). */
    Optional<Company> findByAnyDomain(List<String> domains) {
        if (domains.isEmpty()) {
            return Optional.empty();
        }
        return getEntityManager()
                .createQuery(
                        "select c from Company c join c.domains d where d in :domains" + " order by length(d) desc",
                        Company.class)
                .setParameter("domains", domains)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /** The domains of {@code domains} that another company holds. */
    List<String> heldElsewhere(List<String> domains, UUID companyId) {
        if (domains.isEmpty()) {
            return List.of();
        }
        return getEntityManager()
                .createQuery(
                        "select d from Company c join c.domains d where d in :domains and c.id <> :id order by d",
                        String.class)
                .setParameter("domains", domains)
                .setParameter("id", companyId)
                .getResultList();
    }
}
