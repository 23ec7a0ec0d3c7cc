package dev.ladder.post;

import dev.ladder.common.config.LadderConfig;
import dev.ladder.position.JobTitles;
import dev.ladder.position.Position;
import dev.ladder.position.PositionService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * What an anonymous post may say of its author: a headline is anonymous only if enough others
 * share it. When fewer than {@code ladder.anonymity.min-crowd} users (the author included) hold a
 * current position with the same title and company stage as the post is written, the headline is
 * made more general, one step at a time, until enough do: the title alone, then the title without
 * its seniority ("Senior Software Engineer" to "Software Engineer"), then {@value #GENERIC_TITLE}.
 */
@ApplicationScoped
public class AnonymousHeadlines {
    static final String GENERIC_TITLE = "Engineer";

    private final PositionService positions;
    private final int minCrowd;

    AnonymousHeadlines(PositionService positions, LadderConfig config) {
        this.positions = positions;
        this.minCrowd = config.anonymity().minCrowd();
    }

    /** The byline an anonymous post by the holder of this CV (most recent first) freezes. */
    public AuthorSnapshot snapshot(List<Position> mostRecentFirst) {
        Position current = AuthorSnapshot.currentOf(mostRecentFirst);
        return AuthorSnapshot.anonymous(current, current == null ? null : of(current));
    }

    /** The title and company stage (null when left out) an anonymous post may show for this position. */
    Shown of(Position current) {
        if (minCrowd == 1) {
            return new Shown(current.title, current.companyStage); // the author alone is crowd enough
        }
        if (current.companyStage != null
                && crowded(positions.currentHolders(current.title, current.companyStage, minCrowd))) {
            return new Shown(current.title, current.companyStage);
        }
        if (crowded(positions.currentHolders(current.title, null, minCrowd))) {
            return new Shown(current.title, null);
        }
        String general = JobTitles.withoutSeniority(current.title);
        if (!general.isEmpty()
                && !general.equalsIgnoreCase(current.title)
                && crowded(positions.currentHoldersOfGeneralTitle(general, minCrowd))) {
            return new Shown(general, null);
        }
        return new Shown(GENERIC_TITLE, null);
    }

    private boolean crowded(long holders) {
        return holders >= minCrowd;
    }

    /** A title and, unless null, a company stage: "Software Engineer at Series A Startup". */
    public record Shown(String title, String companyStage) {
        public String headline() {
            return companyStage == null ? title : title + " at " + companyStage;
        }
    }
}
