package dev.ladder.demo;

import dev.ladder.account.PasswordHasher;
import dev.ladder.demo.Corpus.Job;
import dev.ladder.demo.Corpus.Person;
import dev.ladder.demo.Corpus.Post;
import dev.ladder.demo.Corpus.Thread;
import dev.ladder.position.Position;
import dev.ladder.position.PositionService;
import dev.ladder.post.AnonymousHeadlines;
import dev.ladder.post.AuthorSnapshot;
import dev.ladder.post.MarkdownRenderer;
import dev.ladder.topic.Topic;
import dev.ladder.topic.TopicService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hibernate.Session;

/**
 * Writes a corpus as rows, backdated, one statement per table: accounts (one bcrypt hash of the
 * shared password for all), positions, posts with their author snapshots and rendered bodies,
 * their topics and votes. Then one recount sets every counter the rows imply (scores, answer
 * counts, last activity, topic and user counts, reputation) by the rules the services keep one
 * change at a time. Runs in the caller's transaction.
 */
@ApplicationScoped
class DemoLoader {
    /** Accounts exist before anything they wrote: older than the oldest post. */
    private static final Duration ACCOUNT_AGE = Duration.ofDays(4 * 365);

    private static final String[] SNAPSHOT_COLUMNS = {
        "anonymous boolean",
        "author_title text",
        "author_level text",
        "author_company text",
        "author_company_stage text",
        "author_headline text",
        "author_companies varchar[]",
        "author_verified boolean",
        "body text",
        "body_html text",
        "created_at timestamptz",
        "updated_at timestamptz"
    };

    /** What was loaded; {@code first}: the question of the corpus's first thread. */
    record Loaded(UUID first, int accounts, int questions, int answers, int votes) {}

    private final EntityManager em;
    private final PasswordHasher passwords;
    private final PositionService positions;
    private final TopicService topics;
    private final MarkdownRenderer markdown;
    private final AnonymousHeadlines headlines;

    DemoLoader(
            EntityManager em,
            PasswordHasher passwords,
            PositionService positions,
            TopicService topics,
            MarkdownRenderer markdown,
            AnonymousHeadlines headlines) {
        this.em = em;
        this.passwords = passwords;
        this.positions = positions;
        this.topics = topics;
        this.markdown = markdown;
        this.headlines = headlines;
    }

    Loaded load(Corpus corpus, String password, Instant now, long seed) {
        Session session = em.unwrap(Session.class);
        Map<String, UUID> ids = new HashMap<>();
        corpus.people().forEach(p -> ids.put(p.handle(), UUID.randomUUID()));
        session.doWork(people(corpus.people(), ids, passwords.hash(password), now.minus(ACCOUNT_AGE))::insert);

        // Snapshots as the services take them, from the positions just written.
        Map<String, AuthorSnapshot> named = new HashMap<>();
        Map<String, AuthorSnapshot> anonymous = new HashMap<>();
        Map<UUID, List<Position>> cvs = positions.cvsOf(ids.values());
        ids.forEach((handle, id) -> {
            List<Position> cv = cvs.getOrDefault(id, List.of());
            named.put(handle, AuthorSnapshot.named(cv));
            anonymous.put(handle, headlines.snapshot(cv));
        });
        Map<String, Long> topicIds = new HashMap<>();
        for (Topic topic : topics.requireAll(
                corpus.threads().stream().flatMap(t -> t.topics().stream()).toList())) {
            topicIds.put(topic.slug, topic.id);
        }

        // Rendering is most of the load's work, and each body is rendered on its own.
        Map<String, String> html = corpus.threads().parallelStream()
                .flatMap(t -> Stream.concat(Stream.of(t.question()), t.answers().stream()))
                .map(Post::body)
                .distinct()
                .collect(Collectors.toConcurrentMap(Function.identity(), markdown::render));
        Posts posts = new Posts(ids, named, anonymous, html, now, new Random(seed));
        List<UUID> questions = new ArrayList<>();
        for (Thread thread : corpus.threads()) {
            questions.add(posts.add(thread, topicIds));
        }
        session.doWork(posts::insert);
        session.doWork(c -> recount(c, ids.values().toArray(UUID[]::new)));
        return new Loaded(questions.get(0), ids.size(), questions.size(), posts.answers.size(), posts.votes());
    }

    /**
     * The accounts, their positions and the companies of those, as tables of rows in the order they
     * refer to each other. Every company gets its name's letters and digits as a .com domain, and
     * current positions are verified through it, as if their holders had confirmed a code.
     */
    private static Inserts people(List<Person> people, Map<String, UUID> ids, String hash, Instant joined) {
        TableRows users = new TableRows(
                "users",
                "id uuid",
                "handle text",
                "email text",
                "password_hash text",
                "display_name text",
                "created_at timestamptz",
                "updated_at timestamptz");
        TableRows jobs = new TableRows(
                "positions",
                "id uuid",
                "user_id uuid",
                "company text",
                "title text",
                "level text",
                "company_stage text",
                "start_date date",
                "end_date date",
                "verified_domain text",
                "verified_at timestamptz",
                "created_at timestamptz",
                "updated_at timestamptz");
        TableRows companies = new TableRows("companies", "id uuid", "name text");
        TableRows domains = new TableRows("company_domains", "domain text", "company_id uuid");
        Map<String, String> domainOfCompany = new HashMap<>();
        for (Person person : people) {
            for (Job job : person.jobs()) {
                domainOfCompany.computeIfAbsent(job.company().toLowerCase(Locale.ROOT), lower -> {
                    UUID company = UUID.randomUUID();
                    String domain = lower.replaceAll("[^a-z0-9]", "") + ".com";
                    companies.add(company, job.company());
                    domains.add(domain, company);
                    return domain;
                });
            }
        }
        for (Person person : people) {
            UUID id = ids.get(person.handle());
            users.add(
                    id,
                    person.handle(),
                    person.handle() + "@demo.ladder.dev",
                    hash,
                    person.displayName(),
                    joined,
                    joined);
            for (Job job : person.jobs()) {
                jobs.add(
                        UUID.randomUUID(),
                        id,
                        job.company(),
                        job.title(),
                        job.level(),
                        job.stage(),
                        job.start().atDay(1),
                        job.end() == null ? null : job.end().atDay(1),
                        job.end() == null ? domainOfCompany.get(job.company().toLowerCase(Locale.ROOT)) : null,
                        job.end() == null ? joined : null,
                        joined,
                        joined);
            }
        }
        return new Inserts(List.of(users, companies, domains, jobs));
    }

    /** Tables of rows inserted in order, each after the ones it refers to. */
    private record Inserts(List<TableRows> tables) {
        void insert(Connection c) throws SQLException {
            for (TableRows table : tables) {
                table.insert(c);
            }
        }
    }

    /** Posts, their topics and their votes; voters are drawn from everybody but the post's author. */
    private static final class Posts {
        final TableRows questions = new TableRows("questions", columns("id uuid", "author_id uuid", "title text"));
        final TableRows filed =
                new TableRows("question_topics", "question_id uuid", "topic_id bigint", "added_at timestamptz");
        final TableRows answers = new TableRows("answers", columns("id uuid", "author_id uuid", "question_id uuid"));
        final TableRows questionVotes = votes("question_votes", "question_id");
        final TableRows answerVotes = votes("answer_votes", "answer_id");
        private final Map<String, UUID> ids;
        private final Map<String, AuthorSnapshot> named;
        private final Map<String, AuthorSnapshot> anonymous;
        private final Map<String, String> html;
        private final Instant now;
        private final Random random;
        private final List<String> handles;

        Posts(
                Map<String, UUID> ids,
                Map<String, AuthorSnapshot> named,
                Map<String, AuthorSnapshot> anonymous,
                Map<String, String> html,
                Instant now,
                Random random) {
            this.ids = ids;
            this.named = named;
            this.anonymous = anonymous;
            this.html = html;
            this.now = now;
            this.random = random;
            this.handles = ids.keySet().stream().sorted().toList();
        }

        /** Returns the question's id. */
        UUID add(Thread thread, Map<String, Long> topicIds) {
            UUID question = UUID.randomUUID();
            Instant asked = add(questions, question, thread.question(), thread.title());
            thread.topics().forEach(topic -> filed.add(question, topicIds.get(topic), asked));
            vote(questionVotes, question, thread.question());
            for (Post answer : thread.answers()) {
                if (answer.age().compareTo(thread.question().age()) >= 0) {
                    throw new IllegalStateException("an answer older than its question: " + thread.title());
                }
                UUID id = UUID.randomUUID();
                add(answers, id, answer, question);
                vote(answerVotes, id, answer);
            }
            return question;
        }

        void insert(Connection c) throws SQLException {
            new Inserts(List.of(questions, filed, answers, questionVotes, answerVotes)).insert(c);
        }

        int votes() {
            return questionVotes.size() + answerVotes.size();
        }

        /** A post's row: id, author, a third column (a question's title, an answer's question), then its snapshot and body. */
        private Instant add(TableRows table, UUID id, Post post, Object third) {
            AuthorSnapshot s = (post.anonymous() ? anonymous : named).get(post.author());
            if (s == null) {
                throw new IllegalStateException("no demo account " + post.author());
            }
            Instant at = now.minus(post.age());
            table.add(
                    id,
                    ids.get(post.author()),
                    third,
                    post.anonymous(),
                    s.title,
                    s.level,
                    s.company,
                    s.companyStage,
                    s.headline,
                    s.companies,
                    s.verified,
                    post.body(),
                    html.get(post.body()),
                    at,
                    at);
            return at;
        }

        /** The post's votes, up then down, an hour apart from its writing on (never later than now). */
        private void vote(TableRows table, UUID post, Post votes) {
            List<String> voters = new ArrayList<>(handles);
            voters.remove(votes.author());
            Collections.shuffle(voters, random);
            Instant written = now.minus(votes.age());
            for (int i = 0; i < votes.up() + votes.down(); i++) {
                Instant at = written.plus(Duration.ofHours(i + 1L));
                table.add(ids.get(voters.get(i)), post, i < votes.up() ? 1 : -1, at.isAfter(now) ? now : at);
            }
        }

        private static String[] columns(String... first) {
            List<String> all = new ArrayList<>(List.of(first));
            all.addAll(List.of(SNAPSHOT_COLUMNS));
            return all.toArray(String[]::new);
        }

        private static TableRows votes(String table, String post) {
            return new TableRows(table, "user_id uuid", post + " uuid", "value smallint", "created_at timestamptz");
        }
    }

    /**
     * Every counter from the rows, for the demo's accounts and posts and for all topics: scores sum
     * the votes; answer counts and last activity follow the live answers; an account counts its live
     * posts under its name (answers only to live questions) and, as reputation, every vote on them
     * and 15 for each of its accepted answers.
     */
    private static void recount(Connection c, UUID[] accounts) throws SQLException {
        String[] perAccount = {
            "UPDATE questions q SET score = coalesce((SELECT sum(value) FROM question_votes v WHERE v.question_id = q.id), 0),"
                    + " answer_count = (SELECT count(*) FROM answers a WHERE a.question_id = q.id AND a.deleted_at IS NULL),"
                    + " last_activity_at = greatest(q.created_at, (SELECT max(a.created_at) FROM answers a"
                    + "     WHERE a.question_id = q.id AND a.deleted_at IS NULL))"
                    + " WHERE q.author_id = ANY (?)",
            "UPDATE answers a SET score = coalesce((SELECT sum(value) FROM answer_votes v WHERE v.answer_id = a.id), 0)"
                    + " WHERE a.author_id = ANY (?)",
            "UPDATE users u SET"
                    + " question_count = (SELECT count(*) FROM questions q WHERE q.author_id = u.id AND q.deleted_at IS NULL"
                    + "     AND NOT q.anonymous),"
                    + " answer_count = (SELECT count(*) FROM answers a JOIN questions q ON q.id = a.question_id"
                    + "     WHERE a.author_id = u.id AND a.deleted_at IS NULL AND q.deleted_at IS NULL AND NOT a.anonymous),"
                    + " reputation = (SELECT coalesce(sum(v.value), 0) FROM question_votes v JOIN questions q ON q.id = v.question_id"
                    + "     WHERE q.author_id = u.id AND NOT q.anonymous)"
                    + "   + (SELECT coalesce(sum(v.value), 0) FROM answer_votes v JOIN answers a ON a.id = v.answer_id"
                    + "     WHERE a.author_id = u.id AND NOT a.anonymous)"
                    + "   + 15 * (SELECT count(*) FROM answers a WHERE a.author_id = u.id AND a.accepted AND NOT a.anonymous)"
                    + " WHERE u.id = ANY (?)",
        };
        for (String sql : perAccount) {
            try (PreparedStatement update = c.prepareStatement(sql)) {
                update.setArray(1, c.createArrayOf("uuid", accounts));
                update.executeUpdate();
            }
        }
        try (PreparedStatement update = c.prepareStatement("UPDATE topics t SET question_count = (SELECT count(*)"
                + " FROM question_topics qt JOIN questions q ON q.id = qt.question_id"
                + " WHERE qt.topic_id = t.id AND q.deleted_at IS NULL)")) {
            update.executeUpdate();
        }
    }
}
