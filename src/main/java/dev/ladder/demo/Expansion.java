package dev.ladder.demo;

import dev.ladder.demo.Corpus.Job;
import dev.ladder.demo.Corpus.Person;
import dev.ladder.demo.Corpus.Post;
import dev.ladder.demo.Corpus.Thread;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * People and threads made from the templates of {@code demo/templates.txt} around the hand-written
 * corpus. Each generated question is asked by a generated person whose role, level, years and
 * current employer fill the question's slots, so the asker's headline fits the question; the
 * hand-written people answer with their topic's advice. The random source is seeded, so every
 * load makes the same corpus.
 */
final class Expansion {
    /** The seed page's topic card: "Startups, 243 questions". */
    static final String SEED_TOPIC = "startups";

    static final int SEED_TOPIC_QUESTIONS = 243;
    /** Generated questions filed under the other topics, spread evenly. */
    static final int OTHER_QUESTIONS = 200;

    static final int ASKERS = 60;
    /** Three years, the age of the oldest generated question. */
    private static final long MAX_AGE_MINUTES = Duration.ofDays(3 * 365).toMinutes();

    private static final Pattern SLOT = Pattern.compile("\\{([a-z-]+)}");

    /** A generated asker: the account, and the slots their questions take from them. */
    private record Asker(Person person, boolean atStartup, Map<String, String> slots) {}

    private final Map<String, List<String>> sections;
    private final Random random;

    private Expansion(Map<String, List<String>> sections, long seed) {
        this.sections = sections;
        this.random = new Random(seed);
    }

    /** The people and threads that, added to {@code written}, give the seed topic its count and every other topic a share. */
    static Corpus around(Corpus written, String templates, long seed) {
        Expansion expansion = new Expansion(sections(Corpus.lines(templates)), seed);
        Set<String> handles = new HashSet<>();
        written.people().forEach(p -> handles.add(p.handle()));
        List<Asker> askers = new ArrayList<>();
        for (int i = 0; i < ASKERS; i++) {
            askers.add(expansion.asker(handles, i % 3 != 0));
        }
        List<String> answerers = written.people().stream().map(Person::handle).toList();
        List<String> others = expansion.list("topics");
        Set<String> titles = new HashSet<>();
        written.threads().forEach(t -> titles.add(t.title()));
        List<Thread> threads = new ArrayList<>();
        long seedTopicMissing = SEED_TOPIC_QUESTIONS - written.questionsIn(SEED_TOPIC);
        for (int i = 0; i < seedTopicMissing; i++) {
            // Now and then a startup question belongs to another topic as well.
            String second = i % 3 == 0 ? others.get(i % others.size()) : null;
            threads.add(expansion.thread(SEED_TOPIC, second, askers, answerers, titles));
        }
        for (int i = 0; i < OTHER_QUESTIONS; i++) {
            threads.add(expansion.thread(others.get(i % others.size()), null, askers, answerers, titles));
        }
        return new Corpus(askers.stream().map(Asker::person).toList(), threads);
    }

    /** Someone at a startup, or at a big company, with one earlier job. */
    private Asker asker(Set<String> handles, boolean atStartup) {
        String first = pick("first-name");
        String last = pick("last-name");
        String handle = (first + "_" + last.charAt(0)).toLowerCase(Locale.ROOT);
        for (int n = 2; !handles.add(handle); n++) {
            handle = (first + "_" + last.charAt(0)).toLowerCase(Locale.ROOT) + n;
        }
        String[] level = cells(pick("levels"));
        String[] years = level[2].split(", ");
        String role = pick("role");
        String company;
        String stage;
        String current;
        if (atStartup) {
            String[] startup = cells(pick("startup-company"));
            company = startup[0];
            stage = startup[1];
            current = list("startup-stages").stream()
                    .map(Expansion::cells)
                    .filter(s -> s[0].equals(stage))
                    .findFirst()
                    .orElseThrow()[1];
        } else {
            company = pick("bigco");
            stage = "Big Tech";
            current = company;
        }
        YearMonth start = YearMonth.now(ZoneOffset.UTC).minusMonths(6 + random.nextInt(42));
        YearMonth earlierEnd = start.minusMonths(1);
        String[] earlier = atStartup ? new String[] {pick("bigco"), "Big Tech"} : cells(pick("startup-company"));
        List<Job> jobs = List.of(
                new Job(company, role, level[1].isEmpty() ? null : level[1], stage, start, null),
                new Job(
                        earlier[0],
                        role,
                        null,
                        earlier[1],
                        earlierEnd.minusMonths(12 + random.nextInt(36)),
                        earlierEnd));
        Map<String, String> slots = Map.of(
                "role", role, "level", level[0], "years", years[random.nextInt(years.length)], "current", current);
        return new Asker(new Person(handle, first + " " + last, jobs), atStartup, slots);
    }

    private Thread thread(
            String topic, String secondTopic, List<Asker> askers, List<String> answerers, Set<String> titles) {
        Asker asker;
        String title;
        do {
            asker = pick(askers);
        } while (!fits(asker, topic) || !titles.add(title = fill(pick("titles " + topic), asker.slots())));
        Duration age = Duration.ofMinutes(60 * 24 + random.nextLong(MAX_AGE_MINUTES));
        Post question = new Post(
                asker.person().handle(),
                random.nextInt(100) < 35,
                age,
                votes(12),
                random.nextInt(100) < 10 ? 1 : 0,
                fill(pick("context"), asker.slots()) + " " + fill(pick("ask"), asker.slots()));
        List<Post> answers = new ArrayList<>();
        int count = random.nextInt(100) < 12 ? 0 : 1 + random.nextInt(4);
        Duration answerAge = age;
        for (int i = 0; i < count; i++) {
            // Answers come after the question and after each other, most within days.
            answerAge = answerAge.minusMinutes(1 + random.nextLong(Math.max(1, answerAge.toMinutes() / 8)));
            answers.add(new Post(
                    pick(answerers),
                    random.nextInt(100) < 8,
                    answerAge,
                    votes(20),
                    random.nextInt(100) < 8 ? 1 : 0,
                    answer(topic)));
        }
        List<String> topics = secondTopic == null ? List.of(topic) : List.of(topic, secondTopic);
        return new Thread(title, topics, question, answers);
    }

    /** Startup questions come from people at startups, big-company questions from people at big companies. */
    private static boolean fits(Asker asker, String topic) {
        return switch (topic) {
            case SEED_TOPIC -> asker.atStartup();
            case "big-tech" -> !asker.atStartup();
            default -> true;
        };
    }

    /** Two or three pieces of the topic's advice, as a paragraph or, now and then, a list. */
    private String answer(String topic) {
        List<String> advice = new ArrayList<>(list("advice " + topic));
        List<String> chosen = new ArrayList<>();
        int pieces = 2 + random.nextInt(2);
        for (int i = 0; i < pieces; i++) {
            chosen.add(advice.remove(random.nextInt(advice.size())));
        }
        if (random.nextInt(100) < 30) {
            return pick("list-intro") + "\n\n"
                    + String.join("\n", chosen.stream().map(s -> "- " + s).toList());
        }
        return pick("opener") + " " + String.join(" ", chosen);
    }

    /** Few votes for most posts, many for some. */
    private int votes(int max) {
        int v = random.nextInt(max + 1);
        return v * v / max;
    }

    /** Replaces each {@code {slot}} with the asker's value for it, or else a line of the section of that name. */
    private String fill(String template, Map<String, String> slots) {
        Matcher slot = SLOT.matcher(template);
        StringBuilder filled = new StringBuilder();
        while (slot.find()) {
            String value = slots.get(slot.group(1));
            slot.appendReplacement(filled, Matcher.quoteReplacement(value != null ? value : pick(slot.group(1))));
        }
        return slot.appendTail(filled).toString();
    }

    private String pick(String section) {
        return pick(list(section));
    }

    private <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    private List<String> list(String section) {
        List<String> lines = sections.get(section);
        if (lines == null) {
            throw new IllegalStateException("demo/templates.txt has no [" + section + "]");
        }
        return lines;
    }

    /** The cells of an entry such as {@code senior | Senior | five, six, eight}. */
    private static String[] cells(String entry) {
        return entry.split("\\s*\\|\\s*", -1);
    }

    /** {@code [name]} starts a section; every other line that is not blank or a {@code #} comment is one of its entries. */
    private static Map<String, List<String>> sections(List<String> lines) {
        Map<String, List<String>> sections = new HashMap<>();
        List<String> current = null;
        for (String line : lines) {
            if (line.startsWith("[") && line.endsWith("]")) {
                current = sections.computeIfAbsent(line.substring(1, line.length() - 1), k -> new ArrayList<>());
            } else if (!line.isBlank() && !line.startsWith("#")) {
                current.add(line.strip());
            }
        }
        return sections;
    }
}
