package dev.ladder.company;

import java.util.List;
import java.util.UUID;

/** A company and its mail domains, A to Z. */
public record CompanyView(UUID id, String name, List<String> domains) {
    static CompanyView of(Company company) {
        return new CompanyView(
                company.id, company.name, company.domains.stream().sorted().toList());
    }
}
