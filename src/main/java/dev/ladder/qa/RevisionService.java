package dev.ladder.qa;

import dev.ladder.common.page.Page;
import dev.ladder.common.page.PageRequest;
import dev.ladder.post.Actor;
import dev.ladder.post.AuthorView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/** The versions edits replaced, for whoever may see the post (moderators see deleted posts'). */
@ApplicationScoped
public class RevisionService {
    private final RevisionRepository revisions;
    private final QuestionService questions;
    private final AnswerService answers;

    RevisionService(RevisionRepository revisions, QuestionService questions, AnswerService answers) {
        this.revisions = revisions;
        this.questions = questions;
        this.answers = answers;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<RevisionView> ofQuestion(UUID questionId, PageRequest page) {
        Question question = questions.requireVisible(questionId);
        List<RevisionRow> rows = revisions.pageOfQuestion(questionId, page.cursor(3), page.limit);
        return views(rows, page.limit, question.authorView(), true);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<RevisionView> ofAnswer(UUID answerId, PageRequest page) {
        Answer answer = answers.requireVisible(answerId);
        List<RevisionRow> rows = revisions.pageOfAnswer(answerId, page.cursor(3), page.limit);
        return views(rows, page.limit, answer.authorView(), false);
    }

    private static Page<RevisionView> views(List<RevisionRow> rows, int limit, AuthorView author, boolean question) {
        return Page.of(
                rows,
                limit,
                RevisionSort.NEWEST::cursorAfter,
                r -> new RevisionView(
                        r.version(),
                        r.title(),
                        r.body(),
                        r.bodyHtml(),
                        r.editedAt(),
                        r.byModerator() ? Actor.moderator() : Actor.of(author, question, !question)));
    }
}
