package dev.ladder.search;

import dev.ladder.common.Timestamps;
import dev.ladder.common.page.Cursor;
import dev.ladder.common.page.Page;
import dev.ladder.common.page.PageRequest;
import dev.ladder.question.QuestionService;
import dev.ladder.question.QuestionView;
import dev.ladder.topic.TopicRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class SearchService {
    private final SearchRepository search;
    private final QuestionService questions;
    private final TopicRepository topics;

    SearchService(SearchRepository search, QuestionService questions, TopicRepository topics) {
        this.search = search;
        this.questions = questions;
        this.topics = topics;
    }

    /** The cursor carries the first page's time, so every page ranks alike: (asOf, relevance, id). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<SearchHit> search(String q, String topicSlug, PageRequest page) {
        Long topicId = topicSlug == null ? null
                : topics.requireBySlug(topicSlug).id;
        Cursor after = page.cursor(3);
        Instant asOf = after == null ? Timestamps.now() : after.instant(0);
        List<SearchRepository.Hit> hits = after == null
                ? search.search(q, topicId, asOf, null, null, page.limit + 1)
                : search.search(q, topicId, asOf, after.decimal(1), after.uuid(2), page.limit + 1);
        return Page.ofAll(hits, page.limit, hit -> Cursor.of(asOf, hit.relevance(), hit.questionId()), this::views);
    }

    private List<SearchHit> views(List<SearchRepository.Hit> hits) {
        Map<UUID, QuestionView> views = questions.viewsOf(hits.stream().map(SearchRepository.Hit::questionId).toList())
                .stream().collect(Collectors.toMap(QuestionView::id, Function.identity()));
        return hits.stream().filter(hit -> views.containsKey(hit.questionId()))
                .map(hit -> new SearchHit(views.get(hit.questionId()), highlight(hit.markedTitle()), highlight(hit.markedSnippet())))
                .toList();
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
