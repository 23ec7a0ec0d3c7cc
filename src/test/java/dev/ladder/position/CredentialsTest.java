package dev.ladder.position;

import static dev.ladder.position.Positions.current;
import static dev.ladder.position.Positions.ended;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class CredentialsTest {
    @Test
    void theHeadlineIsTheCurrentJobAndTheCompaniesTheHistoryInOrder() {
        Credentials credentials = Credentials.of(List.of(
                current("Engineering Manager", "Meta", "M1", null),
                ended("Staff Engineer", "Robinhood"),
                ended("Engineer", "PayPal")));
        assertEquals("Engineering Manager at Meta", credentials.headline());
        assertEquals(List.of("Meta", "Robinhood", "PayPal"), credentials.companies());
    }

    @Test
    void aCompanyWorkedAtTwiceIsListedOnceAsMostRecentlySpelled() {
        Credentials credentials = Credentials.of(List.of(
                current("Director", "Meta", null, null), ended("Engineer", "Course Hero"), ended("Intern", "META")));
        assertEquals(List.of("Meta", "Course Hero"), credentials.companies());
    }

    @Test
    void withoutACurrentJobThereIsNoHeadlineButStillAHistory() {
        Credentials credentials = Credentials.of(List.of(ended("Engineer", "PayPal")));
        assertNull(credentials.headline());
        assertEquals(List.of("PayPal"), credentials.companies());
    }

    @Test
    void noPositionsMeanNoCredentials() {
        Credentials credentials = Credentials.of(List.of());
        assertNull(credentials.headline());
        assertEquals(List.of(), credentials.companies());
    }
}
