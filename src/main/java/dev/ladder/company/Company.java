package dev.ladder.company;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

/** A company whose positions can be verified, with the mail domains that prove a position there. */
@Entity
@Table(name = "companies")
public class Company {
    @Id
    public UUID id;

    public String name;

    /** Lower case; each belongs to one company only. A page of companies loads them in one query. */
    @ElementCollection
    @CollectionTable(name = "company_domains", joinColumns = @JoinColumn(name = "company_id"))
    @Column(name = "domain")
    @BatchSize(size = 100)
    public Set<String> domains = new TreeSet<>();

    @CreationTimestamp
    @Column(name = "created_at")
    public Instant createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at")
    public Instant updatedAt;

    protected Company() {}

    Company(String name) {
        this.id = UUID.randomUUID();
        this.name = name;
    }

    /** Whether a position at {@code company} (as its holder typed it) is a position here. */
    public boolean isNamed(String company) {
        return name.equalsIgnoreCase(company.strip());
    }
}
