package dev.ladder.post;

import dev.ladder.position.Credentials;
import dev.ladder.position.Position;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.List;

/**
 * The author's credentials as they were when the post was written, frozen on the post: a later job
 * change neither rewrites it nor reveals anything. An anonymous post keeps only title, level,
 * company stage and whether the position was verified ("Software Engineer at Series A Startup",
 * verified), never the company.
 */
@Embeddable
public class AuthorSnapshot {
    @Column(name = "author_title")
    public String title;

    @Column(name = "author_level")
    public String level;

    @Column(name = "author_company")
    public String company;

    @Column(name = "author_company_stage")
    public String companyStage;

    @Column(name = "author_headline")
    public String headline;

    @Column(name = "author_companies")
    public String[] companies = new String[0];

    /** Whether the current position was verified (by a work email): anonymous posts show it too. */
    @Column(name = "author_verified")
    public boolean verified;

    protected AuthorSnapshot() {}

    /** The same credentials, for another row to keep (an embeddable belongs to one entity). */
    public AuthorSnapshot copy() {
        AuthorSnapshot copy = new AuthorSnapshot();
        copy.title = title;
        copy.level = level;
        copy.company = company;
        copy.companyStage = companyStage;
        copy.headline = headline;
        copy.companies = companies.clone();
        copy.verified = verified;
        return copy;
    }

    public static AuthorSnapshot of(List<Position> mostRecentFirst, boolean anonymous) {
        AuthorSnapshot snapshot = new AuthorSnapshot();
        Position current =
                mostRecentFirst.stream().filter(Position::current).findFirst().orElse(null);
        if (current != null) {
            snapshot.title = current.title;
            snapshot.level = current.level;
            snapshot.companyStage = current.companyStage;
            snapshot.verified = current.verified();
        }
        if (anonymous) {
            snapshot.headline = current == null
                    ? null
                    : current.companyStage == null ? current.title : current.title + " at " + current.companyStage;
            return snapshot;
        }
        Credentials credentials = Credentials.of(mostRecentFirst);
        snapshot.company = current == null ? null : current.company;
        snapshot.headline = credentials.headline();
        snapshot.companies = credentials.companies().toArray(String[]::new);
        return snapshot;
    }
}
