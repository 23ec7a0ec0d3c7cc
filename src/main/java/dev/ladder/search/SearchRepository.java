package dev.ladder.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Full-text search over questions and their answers, in PostgreSQL: websearch_to_tsquery (quoted
 * phrases, OR, -word), the generated search_vector columns and their GIN indexes (V6 migration).
 */
@ApplicationScoped
public class SearchRepository {
    /** Markers ts_headline puts around matches; the text is HTML-escaped before they become {@code <mark>}. */
    static final String START = "\u0002";

    static final String STOP = "\u0003";
    private static final String TITLE_HEADLINE = "HighlightAll=true, StartSel=" + START + ", StopSel=" + STOP;
    private static final String BODY_HEADLINE =
            "MaxFragments=2, MaxWords=30, MinWords=12, FragmentDelimiter=\" … \", StartSel=" + START + ", StopSel="
                    + STOP;

    /**
     * Relevance: the best ts_rank of the question or any of its answers (titles weigh A, question
     * bodies B, answers C), times a mild recency boost that is 2 for a question asked at {@code asOf},
     * 1.5 a month earlier and fades towards 1. Ages count from {@code asOf}, fixed by the first
     * page, so relevances do not move while a client pages through the results, and questions asked
     * after it are left out, so pages neither repeat nor skip.
     * <p>
     * Each matched question is looked up by id in the covering index of V11 ({@code OFFSET 0} keeps
     * the planner from turning that into a hash of every question: with the query text a parameter
     * it cannot tell how many posts match, and a few matches are the common case).
     */
    private static final String RANKED = """
            WITH query AS (SELECT websearch_to_tsquery('english', :q) AS tsq),
            matches AS (
                SELECT q.id, ts_rank(q.search_vector, query.tsq) AS rank
                FROM questions q, query WHERE q.search_vector @@ query.tsq AND q.deleted_at IS NULL
                UNION ALL
                SELECT a.question_id, ts_rank(a.search_vector, query.tsq)
                FROM answers a, query WHERE a.search_vector @@ query.tsq AND a.deleted_at IS NULL
            ),
            best AS (SELECT id, max(rank)::float8 AS rank FROM matches GROUP BY id),
            ranked AS (
                SELECT best.id, best.rank
                        * (1 + 1 / (1 + extract(epoch FROM CAST(:asOf AS timestamptz) - q.created_at)::float8 / 2592000))
                        AS relevance
                FROM best CROSS JOIN LATERAL (
                    SELECT q.created_at FROM questions q
                    WHERE q.id = best.id AND q.deleted_at IS NULL AND q.created_at <= CAST(:asOf AS timestamptz) %s
                    OFFSET 0) q
            )
            """;

    private static final String PAGE = """
            SELECT r.id, r.relevance,
                ts_headline('english', q.title, query.tsq, :titleHeadline),
                ts_headline('english', CASE WHEN ts_filter(q.search_vector, '{b}') @@ query.tsq THEN q.body_html ELSE coalesce(
                    (SELECT a.body_html FROM answers a
                     WHERE a.question_id = q.id AND a.deleted_at IS NULL AND a.search_vector @@ query.tsq
                     ORDER BY ts_rank(a.search_vector, query.tsq) DESC, a.id LIMIT 1), q.body_html) END,
                    query.tsq, :bodyHeadline)
            FROM (SELECT id, relevance FROM ranked %s ORDER BY relevance DESC, id DESC LIMIT :limit) r
            JOIN questions q ON q.id = r.id, query
            ORDER BY r.relevance DESC, r.id DESC
            """;

    private final EntityManager em;

    SearchRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * A result row: the question, its relevance, and title and snippet with raw match markers. The
     * snippet is cut from the rendered body (ts_headline drops the tags, so no Markdown shows) and
     * still carries its HTML character references.
     */
    record Hit(UUID questionId, double relevance, String markedTitle, String markedSnippet) {}

    /**
     * The hits after {@code (afterRelevance, afterId)} (or from the top when null), best first. Also
     * runs outside any request, when a reused ranking is made again in the background.
     */
    @ActivateRequestContext
    List<Hit> search(
            String q, Long topicId, Boolean verified, Instant asOf, Double afterRelevance, UUID afterId, int limit) {
        String filters = (topicId == null
                        ? ""
                        : "AND EXISTS (SELECT 1 FROM question_topics qt WHERE qt.question_id = q.id AND qt.topic_id = :topic)")
                + (verified == null ? "" : " AND q.author_verified = :verified");
        String after = afterRelevance == null ? "" : "WHERE (relevance, id) < (:afterRelevance, :afterId)";
        var query = em.createNativeQuery(RANKED.formatted(filters) + PAGE.formatted(after))
                .setParameter("q", q)
                .setParameter("asOf", asOf)
                .setParameter("titleHeadline", TITLE_HEADLINE)
                .setParameter("bodyHeadline", BODY_HEADLINE)
                .setParameter("limit", limit);
        if (topicId != null) {
            query.setParameter("topic", topicId);
        }
        if (verified != null) {
            query.setParameter("verified", verified);
        }
        if (afterRelevance != null) {
            query.setParameter("afterRelevance", afterRelevance).setParameter("afterId", afterId);
        }
        List<?> rows = query.getResultList();
        return rows.stream()
                .map(row -> {
                    Object[] columns = (Object[]) row;
                    return new Hit((UUID) columns[0], ((Number) columns[1]).doubleValue(), (String) columns[2], (String)
                            columns[3]);
                })
                .toList();
    }
}
