package dev.ladder.contract;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ladder.support.ContractValidator;
import dev.ladder.support.Fixtures;
import dev.ladder.support.Fixtures.Account;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Contract fuzzing: requests generated from openapi.yaml, valid, at the edges and malformed, must
 * never get a 5xx nor an answer the contract does not document. A few hundred here; {@code bench/fuzz}
 * runs the same with {@code -Dfuzz.requests=6000}. Every operation gets at least one valid request first. {@code -Dfuzz.seed} replays a run.
 */
@QuarkusTest
class ContractFuzzTest {
    @Inject
    Fixtures fixtures;

    @Test
    void generatedRequestsGetNo5xxAndOnlyDocumentedAnswers() throws IOException {
        int requests = Integer.getInteger("fuzz.requests", 300);
        long seed = Long.getLong("fuzz.seed", System.nanoTime());
        System.out.println(
                "[fuzz] seed " + seed + " (replay with -Dfuzz.seed=" + seed + "), " + requests + " requests");
        ContractFuzzer fuzzer = new ContractFuzzer(ContractValidator.INSTANCE.contract(), seed, world());
        long start = System.nanoTime();
        fuzzer.run(requests);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        String report = "Seed " + seed + ", " + requests + " requests in " + took.toSeconds() + " s; 5xx: "
                + fuzzer.serverErrors().size() + "; contract violations: "
                + fuzzer.violations().size() + "\n\n"
                + fuzzer.report();
        Files.writeString(Path.of("target", "contract-fuzz.md"), report);
        System.out.println("[fuzz] " + report);
        List<String> failures = new ArrayList<>(fuzzer.serverErrors());
        failures.addAll(fuzzer.violations());
        assertTrue(
                failures.isEmpty(),
                "seed " + seed + ": " + failures.size() + " failures, the first ones:\n"
                        + String.join("\n", failures.subList(0, Math.min(failures.size(), 20))));
    }

    /** Accounts of every role with positions, questions, answers and comments, and the topics there are. */
    private ContractFuzzer.World world() {
        ContractFuzzer.World world = new ContractFuzzer.World();
        for (int i = 0; i < 3; i++) {
            Account user = fixtures.register("fz");
            fixtures.addPosition(
                    user, "Acme " + i, "Software Engineer", i == 0 ? null : "Series A Startup", "2020-01", null);
            world.users.add(user);
        }
        world.moderator = fixtures.registerWithRole("fzmod", "moderator");
        world.admin = fixtures.registerWithRole("fzadm", "admin");
        world.leaver = fixtures.register("fzleave");
        world.slugs.addAll(given().when()
                .get("/api/v1/topics?limit=100")
                .then()
                .statusCode(200)
                .extract()
                .<List<String>>path("items.slug"));
        world.ownSlugs.add(world.moderator
                .as()
                .body(Map.of(
                        "slug",
                        "fz-" + world.moderator.handle().toLowerCase().replace('_', '-'),
                        "name",
                        "Fuzzing",
                        "description",
                        "Topics the contract fuzzing may edit."))
                .when()
                .post("/api/v1/topics")
                .then()
                .statusCode(201)
                .extract()
                .<String>path("slug"));
        for (Account user : world.users) {
            world.positions.put(
                    user.handle(),
                    new ArrayList<>(user.as()
                            .when()
                            .get("/api/v1/me/positions")
                            .then()
                            .statusCode(200)
                            .extract()
                            .<List<String>>path("items.id")));
            world.questions.add(
                    fixtures.ask(user, "What should " + user.handle() + " ask a startup?", false, world.slugs.get(0)));
            world.questions.add(
                    fixtures.ask(user, "Anonymous question from a fuzzed account", true, world.slugs.get(0)));
        }
        for (int i = 0; i < world.users.size(); i++) {
            world.answers.add(fixtures.answer(
                    world.users.get(i),
                    world.questions.get((2 * i + 2) % world.questions.size()),
                    "An answer with **Markdown**.",
                    i == 1));
        }
        world.comments.add(
                fixtures.commentOnQuestion(world.users.get(0), world.questions.get(0), "A comment to fuzz."));
        world.comments.add(
                fixtures.commentOnAnswer(world.users.get(1), world.answers.get(0), "Another, on an answer."));
        String subject = fixtures.string(
                "SELECT id::text FROM users WHERE handle = ?",
                world.users.get(0).handle());
        world.expiredToken = Jwt.issuer("https://ladder.dev")
                .audience("ladder-api")
                .subject(subject)
                .groups("user")
                .issuedAt(Instant.now().minusSeconds(3_600))
                .expiresAt(Instant.now().minusSeconds(1_800))
                .sign();
        return world;
    }
}
