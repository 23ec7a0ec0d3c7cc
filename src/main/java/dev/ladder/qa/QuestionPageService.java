package dev.ladder.qa;

import dev.ladder.common.page.PageRequest;
import dev.ladder.post.CredentialFilter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * The seed page in one request: a question and, when asked for, the first page of its answers,
 * best first. Answers depend on questions, never the other way round; this puts them together.
 */
@ApplicationScoped
public class QuestionPageService {
    private final QuestionService questions;
    private final AnswerService answers;

    QuestionPageService(QuestionService questions, AnswerService answers) {
        this.questions = questions;
        this.answers = answers;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public QuestionView get(UUID id, boolean withAnswers, PageRequest answersPage) {
        QuestionView question = questions.get(id);
        return withAnswers
                ? question.withAnswers(answers.page(id, AnswerSort.TOP, CredentialFilter.none(), answersPage))
                : question;
    }
}
