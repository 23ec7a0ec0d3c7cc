package dev.ladder.demo;

import dev.ladder.account.AccountService;
import dev.ladder.account.RegisterRequest;
import dev.ladder.account.User;
import dev.ladder.account.UserRepository;
import dev.ladder.answer.Answer;
import dev.ladder.answer.AnswerService;
import dev.ladder.answer.CreateAnswerRequest;
import dev.ladder.common.config.LadderConfig;
import dev.ladder.position.CreatePositionRequest;
import dev.ladder.position.PositionService;
import dev.ladder.question.CreateQuestionRequest;
import dev.ladder.question.Question;
import dev.ladder.question.QuestionService;
import dev.ladder.vote.PostKind;
import dev.ladder.vote.VoteService;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Demo content for the dev profile (ladder.demo-data=true; never in prod): the structure of the
 * seed page, written through the same services as the API. An anonymous question from a "Software
 * Engineer at Series A Startup" in Startups, and two answers whose authors' histories read "Meta,
 * Pinterest, Kosei" and "Robinhood, Meta, Course Hero, PayPal", with scores 5 and 8. Loaded once:
 * it is skipped when its first account exists.
 */
@ApplicationScoped
public class DemoData {
    private static final Logger LOG = Logger.getLogger(DemoData.class);
    static final String ASKER = "demo_asker";
    static final String DEMO_PASSWORD = "demo-password-1";

    private final AccountService accounts;
    private final UserRepository users;
    private final PositionService positions;
    private final QuestionService questions;
    private final AnswerService answers;
    private final VoteService votes;

    DemoData(AccountService accounts, UserRepository users, PositionService positions, QuestionService questions,
            AnswerService answers, VoteService votes) {
        this.accounts = accounts;
        this.users = users;
        this.positions = positions;
        this.questions = questions;
        this.answers = answers;
        this.votes = votes;
    }

    @Transactional
    @ActivateRequestContext
    void load(@Observes StartupEvent event, LadderConfig config) {
        if (!config.demoData() || users.findByHandle(ASKER).isPresent()) {
            return;
        }
        if (ConfigUtils.getProfiles().contains("prod")) {
            LOG.warn("ladder.demo-data is ignored in the prod profile");
            return;
        }
        User asker = account(ASKER, "Demo Asker");
        position(asker, "Lumen Labs", "Software Engineer", "Series A Startup", "2023-02", null);

        User lead = account("demo_tl_em", "Priya Raman");
        position(lead, "Meta", "Engineering Manager", "Big Tech", "2023-04", null);
        position(lead, "Pinterest", "Staff Software Engineer", "Public company", "2019-01", "2023-03");
        position(lead, "Kosei", "Software Engineer", "Seed Startup", "2015-06", "2018-12");

        User manager = account("demo_em_staff", "Daniel Okafor");
        position(manager, "Robinhood", "Engineering Manager", "Public company", "2021-08", null);
        position(manager, "Meta", "Tech Lead", "Big Tech", "2018-05", "2021-07");
        position(manager, "Course Hero", "Senior Software Engineer", "Growth Startup", "2015-09", "2018-04");
        position(manager, "PayPal", "Software Engineer", "Public company", "2012-07", "2015-08");

        Question question = questions.ask(asker, new CreateQuestionRequest(
                "What are the commonalities and differences between tech leads and engineering managers?",
                "I'd like to grow into one of these roles in a few years and want to understand both paths.\n\n"
                        + "How does the split between them work at large companies compared to small ones?",
                List.of("startups", "engineering-management", "tech-leadership"), true));

        Answer shortAnswer = answers.answer(lead, question.id, new CreateAnswerRequest(
                "Both roles steer where the team goes. The tech lead owns *how* the system gets built and keeps the "
                        + "technical bar high; the manager owns *who* builds it: staffing, growth and making sure the "
                        + "work lands with impact.", false));
        Answer longAnswer = answers.answer(manager, question.id, new CreateAnswerRequest("""
                ## What they share

                - Clear communication, because both spend their days aligning people
                - Mentoring and unblocking others
                - Solid project management
                - A strong sense of ownership for the team's health and results

                ## Where they differ

                - A tech lead stays hands-on: writing and reviewing code, designing systems, leading incident response.
                - A manager's main levers are hiring, feedback and performance reviews for their reports.
                - Managers grow the team; tech leads grow the system and the engineers' technical judgment.

                ## Big companies vs. small ones

                1. In smaller companies the two roles blur: managers often still review and write code.
                2. In large companies the split is sharper, and staff-level tech leads start to look more like managers in scope.
                """, false));

        List<User> readers = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            readers.add(account("demo_reader" + i, "Reader " + i));
        }
        for (int i = 0; i < 8; i++) {
            votes.vote(readers.get(i).id, PostKind.ANSWER, longAnswer.id, 1);
            if (i < 5) {
                votes.vote(readers.get(i).id, PostKind.ANSWER, shortAnswer.id, 1);
            }
        }
        votes.vote(readers.get(0).id, PostKind.QUESTION, question.id, 1);
        LOG.infof("Demo data loaded: question %s; sign in as %s / %s", question.id, ASKER, DEMO_PASSWORD);
    }

    private User account(String handle, String displayName) {
        return accounts.createAccount(new RegisterRequest(handle, handle + "@demo.ladder.dev", DEMO_PASSWORD, displayName));
    }

    private void position(User user, String company, String title, String stage, String start, String end) {
        positions.add(user.id, new CreatePositionRequest(company, title, null, stage, YearMonth.parse(start),
                end == null ? null : YearMonth.parse(end)));
    }
}
