package dev.ladder.post;

import dev.ladder.position.Credentials;
import dev.ladder.position.Position;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.List;

/**
 * The author's credentials as they were when the post was written, frozen on the post: a later job
 * change neither rewrites it nor reveals anything. An anonymous post keeps only the title and
 * company stage a crowd shares ({@link AnonymousHeadlines}) and whether the position was verified
 * ("Software Engineer at Series A Startup", verified), never the company.
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

    /** The current position of a CV (most recent first), or null without one. */
    static Position currentOf(List<Position> mostRecentFirst) {
        return mostRecentFirst.stream().filter(Position::current).findFirst().orElse(null);
    }

    /** A post under the author's name: the current job, its company, and the company history. */
    public static AuthorSnapshot named(List<Position> mostRecentFirst) {
        AuthorSnapshot snapshot = new AuthorSnapshot();
        Position current = currentOf(mostRecentFirst);
        if (current != null) {
            snapshot.title = current.title;
            snapshot.level = current.level;
            snapshot.companyStage = current.companyStage;
            snapshot.verified = current.verified();
            snapshot.company = current.company;
        }
        Credentials credentials = Credentials.of(mostRecentFirst);
        snapshot.headline = credentials.headline();
        snapshot.companies = credentials.companies().toArray(String[]::new);
        return snapshot;
    }

    /**
     * An anonymous post: only what {@link AnonymousHeadlines} lets it show of the current position
     * ({@code shown}), whether that was verified, and the level only when the headline is the
     * position's own. Nothing without a current position (both null).
     */
    static AuthorSnapshot anonymous(Position current, AnonymousHeadlines.Shown shown) {
        AuthorSnapshot snapshot = new AuthorSnapshot();
        if (current != null) {
            boolean exact = shown.title().equals(current.title)
                    && java.util.Objects.equals(shown.companyStage(), current.companyStage);
            snapshot.title = shown.title();
            snapshot.companyStage = shown.companyStage();
            snapshot.level = exact ? current.level : null;
            snapshot.verified = current.verified();
            snapshot.headline = shown.headline();
        }
        return snapshot;
    }
}
