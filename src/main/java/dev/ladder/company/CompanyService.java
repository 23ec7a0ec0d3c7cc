package dev.ladder.company;

import dev.ladder.audit.AuditAction;
import dev.ladder.audit.AuditLog;
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
    private final AuditLog audit;

    CompanyService(CompanyRepository companies, AuditLog audit) {
        this.companies = companies;
        this.audit = audit;
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
        String name = request.name().strip();
        CompanyView created = save(new Company(name), name, domains(request.domains()));
        audit.record(AuditAction.COMPANY_CREATED, "company", created.id(), describe(created));
        return created;
    }

    @Transactional
    public CompanyView update(UUID id, UpdateCompanyRequest request) {
        Company company = require(id);
        List<String> domains = request.domains().orElse(null);
        CompanyView updated = save(
                company,
                request.name().orElse(company.name).strip(),
                domains == null ? List.copyOf(company.domains) : domains(domains));
        audit.record(AuditAction.COMPANY_UPDATED, "company", id, describe(updated));
        return updated;
    }

    /** The log says what the company is now: its name and domains. */
    private static String describe(CompanyView company) {
        return company.name() + ": " + String.join(", ", company.domains());
    }

    private Company require(UUID id) {
        return companies.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("No company has that id."));
    }

    /**
     * Checks the name and domains against the other companies before the entity changes (a query
     * would flush a change first and fail on the key instead), then writes; the unique keys still
     * decide between two moderators saving at once.
     */
    private CompanyView save(Company company, String name, List<String> domains) {
        if (companies.nameTaken(name, company.id)) {
            throw nameTaken(name);
        }
        List<String> held = companies.heldElsewhere(domains, company.id);
        if (!held.isEmpty()) {
            throw domainsHeld(held);
        }
        company.name = name;
        company.domains.clear();
        company.domains.addAll(domains);
        try {
            companies.persistAndFlush(company);
        } catch (PersistenceException e) {
            switch (String.valueOf(DatabaseErrors.violatedConstraint(e))) {
                case "companies_name_key" -> throw nameTaken(name);
                case "company_domains_pkey" -> throw domainsHeld(domains);
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

    private static ApiException nameTaken(String name) {
        return ApiException.conflict("A company named " + name + " exists already.");
    }

    private static ApiException domainsHeld(List<String> domains) {
        return ApiException.conflict(
                "A domain proves one company only, and another company lists " + String.join(", ", domains) + ".");
    }
}
