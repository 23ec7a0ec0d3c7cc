package dev.ladder.verification;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ladder.mail.Inbox;
import dev.ladder.support.Fixtures;
import dev.ladder.support.Fixtures.Account;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Verifies positions through the API, as a user would: a company to prove, a code by mail, the code back. */
public final class Verify {
    private static final Pattern CODE = Pattern.compile("Your Ladder verification code: ([0-9]{6})");

    private Verify() {}

    /** A company with these domains, added by a moderator. */
    public static void company(Fixtures fixtures, String name, String... domains) {
        fixtures.registerWithRole("mod", "moderator")
                .as()
                .body(Map.of("name", name, "domains", List.of(domains)))
                .when()
                .post("/api/v1/companies")
                .then()
                .statusCode(201);
    }

    /** The code of the last mail to {@code address}. */
    public static String codeMailedTo(String address) {
        List<Inbox.Received> mails = Inbox.to(address);
        assertTrue(!mails.isEmpty(), "no mail to " + address);
        Matcher code = CODE.matcher(mails.get(mails.size() - 1).subject());
        assertTrue(code.matches(), mails.get(mails.size() - 1).subject());
        return code.group(1);
    }

    /** Verifies the account's position with a code mailed to {@code workEmail}. */
    public static void position(Account account, String positionId, String workEmail) {
        String path = "/api/v1/me/positions/" + positionId + "/verification";
        account.as()
                .body(Map.of("workEmail", workEmail))
                .when()
                .post(path)
                .then()
                .statusCode(202);
        account.as()
                .body(Map.of("code", codeMailedTo(workEmail)))
                .when()
                .post(path + "/confirm")
                .then()
                .statusCode(200);
    }
}
