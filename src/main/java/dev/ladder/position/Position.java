package dev.ladder.position;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

/** One entry of a user's company history. Dates are months, stored as their first day. */
@Entity
@Table(name = "positions")
public class Position {
    @Id
    public UUID id;

    @Column(name = "user_id")
    public UUID userId;

    public String company;

    public String title;

    public String level;

    @Column(name = "company_stage")
    public String companyStage;

    @Column(name = "start_date")
    public LocalDate startDate;

    /** Null while it is the user's current job. */
    @Column(name = "end_date")
    public LocalDate endDate;

    /** The company mail domain that received the code which verified this position; null when unverified. */
    @Column(name = "verified_domain")
    public String verifiedDomain;

    @Column(name = "verified_at")
    public Instant verifiedAt;

    @CreationTimestamp
    @Column(name = "created_at")
    public Instant createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at")
    public Instant updatedAt;

    protected Position() {}

    Position(UUID userId) {
        this.id = UUID.randomUUID();
        this.userId = userId;
    }

    public boolean current() {
        return endDate == null;
    }

    public boolean verified() {
        return verifiedAt != null;
    }

    public YearMonth start() {
        return YearMonth.from(startDate);
    }

    public YearMonth end() {
        return endDate == null ? null : YearMonth.from(endDate);
    }

    void setStart(YearMonth start) {
        startDate = start.atDay(1);
    }

    void setEnd(YearMonth end) {
        endDate = end == null ? null : end.atDay(1);
    }
}
