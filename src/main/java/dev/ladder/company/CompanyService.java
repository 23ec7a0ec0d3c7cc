package dev.ladder.company;

import dev.ladder.common.error.ApiException;
import dev.ladder.common.error.DatabaseErrors;
import dev.ladder.common.page.Page;
import dev.ladder.common.page.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** The companies moderators keep, and which company a mail domain proves a position at. */
@ApplicationScoped
public class CompanyService {
    static final int MAX_DOMAINS = 20;

    private final CompanyRepository companies;

    CompanyService(CompanyRepository companies) {
        this.companies = companies;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<CompanyView> list(PageRequest page) {
        return Page.of(
                companies.page(page.cursor(3), page.limit), page.limit, CompanySort.NAME::cursorAfter, CompanyView::of);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CompanyView get(UUID id) {
        return CompanyView.of(require(id));
    }

    /** The company that {@code domain}, or a domain it is under, belongs to. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Company> byMailDomain(String domain) {
        return companies.findByAnyDomain(MailDomains.withParents(domain));
    }

    @Transactional
    public CompanyView create(CreateCompanyRequest request) {
        Company company = new Company(request.name().strip());
        company.domains.addAll(domains(request.domains()));
        return save(company);
    }

    @Transactional
    public CompanyView update(UUID id, UpdateCompanyRequest request) {
        Company company = require(id);
        request.name().ifSent(name -> company.name = name.strip());
        request.domains().ifSent(domains -> {
            company.domains.clear();
            company.domains.addAll(domains(domains));
        });
        return save(company);
    }

    private Company require(UUID id) {
        return companies.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("No company has that id."));
    }

    /**
     * Checks the rules the database cannot say as a 4xx, then writes; the unique keys still decide
     * between two moderators saving at once.
     */
    private CompanyView save(Company company) {
        try {
            if (companies.nameTaken(company.name, company.id)) {
                throw nameTaken(company);
            }
            List<String> held = companies.heldElsewhere(List.copyOf(company.domains), company.id);
            if (!held.isEmpty()) {
                throw domainsHeld(held);
            }
            companies.persistAndFlush(company);
        } catch (PersistenceException e) {
            switch (String.valueOf(DatabaseErrors.violatedConstraint(e))) {
                case "companies_name_key" -> throw nameTaken(company);
                case "company_domains_pkey" -> throw domainsHeld(List.copyOf(company.domains));
                default -> throw e;
            }
        }
        return CompanyView.of(company);
    }

    /** Lower case, each once; a free mail domain would let anyone prove anything. */
    private static List<String> domains(List<String> requested) {
        List<String> domains = requested.stream()
                .map(domain -> domain.toLowerCase(Locale.ROOT))
                .distinct()
                .toList();
        for (int i = 0; i < domains.size(); i++) {
            if (MailDomains.isFreeMail(domains.get(i))) {
                throw ApiException.invalid(
                        "domains[" + i + "]", "is a free mail service: an address there proves no employer");
            }
        }
        return domains;
    }

    private static ApiException nameTaken(Company company) {
        return ApiException.conflict("A company named " + company.name + " exists already.");
    }

    private static ApiException domainsHeld(List<String> domains) {
        return ApiException.conflict(
                "A domain proves one company only, and another company lists " + String.join(", ", domains) + ".");
    }
}
