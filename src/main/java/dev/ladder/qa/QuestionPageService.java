package dev.ladder.qa;

import dev.ladder.common.page.Page;
import dev.ladder.common.page.PageRequest;
import dev.ladder.post.CommentView;
import dev.ladder.post.CredentialFilter;
import dev.ladder.post.FirstComments;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The seed page in one request: a question and, when asked for, the first page of its answers,
 * best first, and the first comments of the question and of each of those answers. Answers depend
 * on questions, never the other way round; this puts them together.
 */
@ApplicationScoped
public class QuestionPageService {
    /** What {@code ?include=} adds to the question: a comma-separated list of {@code answers} and {@code comments}. */
    public record Include(boolean answers, boolean comments) {
        public static Include parse(String include) {
            List<String> parts = include == null ? List.of() : Arrays.asList(include.split(","));
            return new Include(parts.contains("answers"), parts.contains("comments"));
        }
    }

    private final QuestionService questions;
    private final AnswerService answers;
    private final FirstComments firstComments;

    QuestionPageService(QuestionService questions, AnswerService answers, FirstComments firstComments) {
        this.questions = questions;
        this.answers = answers;
        this.firstComments = firstComments;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public QuestionView get(UUID id, Include include, PageRequest answersPage, int commentLimit) {
        QuestionView question = questions.get(id);
        Page<AnswerView> firstAnswers =
                include.answers() ? answers.page(id, AnswerSort.TOP, CredentialFilter.none(), answersPage) : null;
        if (!include.comments()) {
            return question.with(null, firstAnswers);
        }
        List<UUID> answerIds = firstAnswers == null
                ? List.of()
                : firstAnswers.items().stream().map(AnswerView::id).toList();
        Map<UUID, Page<CommentView>> comments = firstComments.of(id, answerIds, commentLimit);
        return question.with(
                comments.get(id),
                firstAnswers == null
                        ? null
                        : new Page<>(
                                firstAnswers.items().stream()
                                        .map(answer -> answer.withComments(comments.get(answer.id())))
                                        .toList(),
                                firstAnswers.nextCursor()));
    }
}
