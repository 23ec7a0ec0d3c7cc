package dev.ladder.post;

import static dev.ladder.position.Positions.current;
import static dev.ladder.position.Positions.ended;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.ladder.position.Position;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuthorSnapshotTest {
    private static final List<Position> CAREER =
            List.of(current("Software Engineer", "Acme Payments", "L4", "Series A Startup"), ended("Intern", "PayPal"));

    @Test
    void aNamedPostShowsTheCurrentJobAndTheCompanyHistory() {
        AuthorSnapshot snapshot = AuthorSnapshot.named(CAREER);
        assertEquals("Software Engineer at Acme Payments", snapshot.headline);
        assertEquals("Acme Payments", snapshot.company);
        assertArrayEquals(new String[] {"Acme Payments", "PayPal"}, snapshot.companies);
        assertEquals("Software Engineer", snapshot.title);
        assertEquals("L4", snapshot.level);
        assertEquals("Series A Startup", snapshot.companyStage);
    }

    private static AuthorSnapshot anonymous(List<Position> cv, String title, String stage) {
        Position current = AuthorSnapshot.currentOf(cv);
        return AuthorSnapshot.anonymous(current, current == null ? null : new AnonymousHeadlines.Shown(title, stage));
    }

    @Test
    void anAnonymousPostKeepsTitleLevelAndStageButNoCompany() {
        AuthorSnapshot snapshot = anonymous(CAREER, "Software Engineer", "Series A Startup");
        assertEquals("Software Engineer at Series A Startup", snapshot.headline);
        assertNull(snapshot.company);
        assertArrayEquals(new String[0], snapshot.companies);
        assertEquals("Software Engineer", snapshot.title);
        assertEquals("L4", snapshot.level);
        assertEquals("Series A Startup", snapshot.companyStage);
    }

    @Test
    void anAnonymousHeadlineWithoutACompanyStageIsTheTitleAlone() {
        AuthorSnapshot snapshot =
                anonymous(List.of(current("Staff Engineer", "Meta", null, null)), "Staff Engineer", null);
        assertEquals("Staff Engineer", snapshot.headline);
        assertNull(snapshot.company);
    }

    /** A headline made general keeps nothing more specific than it shows: no level, no stage it dropped. */
    @Test
    void aGeneralisedHeadlineKeepsOnlyWhatItShows() {
        AuthorSnapshot snapshot = anonymous(CAREER, "Engineer", null);
        assertEquals("Engineer", snapshot.headline);
        assertEquals("Engineer", snapshot.title);
        assertNull(snapshot.companyStage);
        assertNull(snapshot.level);
        assertNull(snapshot.company);
    }

    @Test
    void withoutACurrentJobThereIsNoHeadlineEitherWay() {
        List<Position> past = List.of(ended("Engineer", "PayPal"));
        AuthorSnapshot named = AuthorSnapshot.named(past);
        assertNull(named.headline);
        assertNull(named.company);
        assertNull(named.title);
        assertArrayEquals(new String[] {"PayPal"}, named.companies);
        AuthorSnapshot anonymous = anonymous(past, null, null);
        assertNull(anonymous.headline);
        assertArrayEquals(new String[0], anonymous.companies);
    }
}
