package dev.ladder.search;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import dev.ladder.common.Timestamps;
import dev.ladder.common.config.LadderConfig;
import dev.ladder.common.page.Cursor;
import dev.ladder.common.page.Page;
import dev.ladder.common.page.PageRequest;
import dev.ladder.qa.QuestionService;
import dev.ladder.qa.QuestionView;
import dev.ladder.topic.TopicService;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.owasp.html.Encoding;

/**
 * Ranking a common word reads every post it matches (tens of thousands of rows), so a page's ranking is reused for the same query for {@code ladder.search.rankings-ttl};
 * the questions on it are read afresh each time (scores, answer counts, the caller's vote, and a
 * deleted question leaves at once). A ranking still asked for after half its time is made again in
 * the background while the old one is served, so a popular query never waits for its ranking.
 */
@ApplicationScoped
public class SearchService {
    /** Splits before and after each match marker, keeping the markers. */
    private static final Pattern MARKERS = Pattern.compile("(?=[\\x02\\x03])|(?<=[\\x02\\x03])");
    /** A ranked page: its hits, and the time ages count from, which the cursors carry on. */
    private record Ranking(Instant asOf, List<SearchRepository.Hit> hits) {}

    private record RankingKey(String q, Long topicId, Boolean verified, String cursor, int limit) {}

    private final SearchRepository search;
    private final QuestionService questions;
    private final TopicService topics;
    private final LoadingCache<RankingKey, Ranking> rankings;

    SearchService(
            SearchRepository search,
            QuestionService questions,
            TopicService topics,
            LadderConfig config,
            MeterRegistry registry,
            ExecutorService workers) {
        this.search = search;
        this.questions = questions;
        this.topics = topics;
        Duration ttl = config.search().rankingsTtl();
        Caffeine<Object, Object> cache = Caffeine.newBuilder()
                .maximumSize(config.search().cachedRankings())
                .expireAfterWrite(ttl)
                .executor(workers)
                .recordStats();
        if (!ttl.isZero()) {
            cache.refreshAfterWrite(ttl.dividedBy(2));
        }
        this.rankings = cache.build(this::rank);
        CaffeineCacheMetrics.monitor(registry, rankings, "search.rankings");
    }

    /** The cursor carries the first page's time, so every page ranks alike: (asOf, relevance, id). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<SearchHit> search(String q, String topicSlug, Boolean verified, PageRequest page) {
        Long topicId = topicSlug == null ? null : topics.require(topicSlug).id;
        page.cursor(3); // a bad cursor is the caller's 400 here, never a failed ranking
        Ranking ranking = rankings.get(new RankingKey(q, topicId, verified, page.cursor, page.limit));
        return Page.ofAll(
                ranking.hits(),
                page.limit,
                hit -> Cursor.of(ranking.asOf(), hit.relevance(), hit.questionId()),
                this::views);
    }

    private Ranking rank(RankingKey key) {
        Cursor after = Cursor.decode(key.cursor(), 3);
        Instant asOf = after == null ? Timestamps.now() : after.instant(0);
        return new Ranking(
                asOf,
                after == null
                        ? search.search(key.q(), key.topicId(), key.verified(), asOf, null, null, key.limit() + 1)
                        : search.search(
                                key.q(),
                                key.topicId(),
                                key.verified(),
                                asOf,
                                after.decimal(1),
                                after.uuid(2),
                                key.limit() + 1));
    }

    private List<SearchHit> views(List<SearchRepository.Hit> hits) {
        Map<UUID, QuestionView> views =
                questions
                        .viewsOf(hits.stream()
                                .map(SearchRepository.Hit::questionId)
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(QuestionView::id, Function.identity()));
        return hits.stream()
                .filter(hit -> views.containsKey(hit.questionId()))
                .map(hit -> new SearchHit(
                        views.get(hit.questionId()), highlight(hit.markedTitle()), snippet(hit.markedSnippet())))
                .toList();
    }

    /**
     * A snippet cut from rendered HTML, as the text a reader saw: character references decoded
     * (between the markers, which the decoder would drop) and the spacing of the dropped tags collapsed.
     */
    static String snippet(String markedHtmlText) {
        StringBuilder text = new StringBuilder(markedHtmlText.length());
        for (String part : MARKERS.split(markedHtmlText)) {
            text.append(
                    part.equals(SearchRepository.START) || part.equals(SearchRepository.STOP)
                            ? part
                            : Encoding.decodeHtml(part));
        }
        return highlight(text.toString().replaceAll("\\s+", " ").strip());
    }

    /** The text stays text: escaped, then only the match markers become markup. */
    static String highlight(String marked) {
        StringBuilder html = new StringBuilder(marked.length() + 32);
        marked.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> html.append("&amp;");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                case 0x02 -> html.append("<mark>");
                case 0x03 -> html.append("</mark>");
                default -> html.appendCodePoint(c);
            }
        });
        return html.toString();
    }
}
