package dev.ladder.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo's people and threads, as written in {@code demo/corpus.txt}: blocks that start with an
 * {@code @person}, {@code @question} or {@code @answer} line (an answer belongs to the question
 * above it). A person's block lists their jobs, most recent first; a post's block has
 * {@code key: value} lines, a blank line, then its Markdown body up to the next block.
 */
record Corpus(List<Person> people, List<Thread> threads) {

    /** One entry of a CV; {@code end} null for the current job. */
    record Job(String company, String title, String level, String stage, YearMonth start, YearMonth end) {}

    record Person(String handle, String displayName, List<Job> jobs) {}

    /** A question or an answer: written {@code age} before the load, with that many up and down votes. */
    record Post(String author, boolean anonymous, Duration age, int up, int down, String body) {}

    record Thread(String title, List<String> topics, Post question, List<Post> answers) {}

    Corpus plus(Corpus more) {
        List<Person> everybody = new ArrayList<>(people);
        everybody.addAll(more.people());
        List<Thread> all = new ArrayList<>(threads);
        all.addAll(more.threads());
        return new Corpus(List.copyOf(everybody), List.copyOf(all));
    }

    long questionsIn(String topic) {
        return threads.stream().filter(t -> t.topics().contains(topic)).count();
    }

    static Corpus read(String resource) {
        List<Person> people = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        List<String> lines = lines(resource);
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < lines.size() && !lines.get(end).startsWith("@")) {
                end++;
            }
            List<String> block = lines.subList(i + 1, end);
            String[] head = line.split(" ", 3);
            switch (head[0]) {
                case "@person" ->
                    people.add(new Person(
                            head[1],
                            head[2],
                            block.stream()
                                    .filter(l -> !l.isBlank())
                                    .map(Corpus::job)
                                    .toList()));
                case "@question" -> {
                    Map<String, String> fields = fields(block);
                    threads.add(new Thread(
                            fields.get("title"),
                            List.of(fields.get("topics").split(" ")),
                            post(fields, block),
                            new ArrayList<>()));
                }
                case "@answer" -> threads.get(threads.size() - 1).answers().add(post(fields(block), block));
                default -> throw new IllegalStateException(resource + ": unknown block " + line);
            }
            i = end;
        }
        return new Corpus(List.copyOf(people), List.copyOf(threads));
    }

    /** {@code company | title | level | stage | start | end}, the last three optional. */
    private static Job job(String line) {
        String[] cells =
                Arrays.stream((line + " | ").split("\\|")).map(String::strip).toArray(String[]::new);
        return new Job(
                cells[0],
                cells[1],
                blankToNull(cells[2]),
                blankToNull(cells[3]),
                YearMonth.parse(cells[4]),
                cells.length > 5 && !cells[5].isEmpty() ? YearMonth.parse(cells[5]) : null);
    }

    /** {@code by: handle [anonymous]}, {@code age: 751d} (or {@code 5h}), {@code votes: +8 -1}; the body after the first blank line. */
    private static Post post(Map<String, String> fields, List<String> block) {
        String[] by = fields.get("by").split(" ");
        int up = 0;
        int down = 0;
        for (String vote : fields.getOrDefault("votes", "").split(" ")) {
            if (vote.startsWith("+")) {
                up = Integer.parseInt(vote.substring(1));
            } else if (vote.startsWith("-")) {
                down = Integer.parseInt(vote.substring(1));
            }
        }
        int blank = block.indexOf("");
        String body = String.join("\n", block.subList(blank + 1, block.size())).strip();
        return new Post(by[0], by.length > 1 && by[1].equals("anonymous"), age(fields.get("age")), up, down, body);
    }

    private static Duration age(String text) {
        long amount = Long.parseLong(text.substring(0, text.length() - 1));
        return switch (text.charAt(text.length() - 1)) {
            case 'd' -> Duration.ofDays(amount);
            case 'h' -> Duration.ofHours(amount);
            default -> throw new IllegalArgumentException("age must end in d or h: " + text);
        };
    }

    /** The {@code key: value} lines before the first blank line. */
    private static Map<String, String> fields(List<String> block) {
        Map<String, String> fields = new HashMap<>();
        for (String line : block) {
            if (line.isBlank()) {
                break;
            }
            int colon = line.indexOf(':');
            fields.put(
                    line.substring(0, colon).strip(), line.substring(colon + 1).strip());
        }
        return fields;
    }

    static List<String> lines(String resource) {
        try (InputStream in = Corpus.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String blankToNull(String text) {
        return text.isEmpty() ? null : text;
    }
}
