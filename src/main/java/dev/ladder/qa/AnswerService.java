package dev.ladder.qa;

import dev.ladder.audit.AuditAction;
import dev.ladder.audit.AuditLog;
import dev.ladder.common.Timestamps;
import dev.ladder.common.error.ApiException;
import dev.ladder.common.error.ProblemType;
import dev.ladder.common.http.EntityTags;
import dev.ladder.common.page.Cursor;
import dev.ladder.common.page.Page;
import dev.ladder.common.page.PageRequest;
import dev.ladder.common.security.CurrentUser;
import dev.ladder.follow.FollowService;
import dev.ladder.notification.Notifier;
import dev.ladder.post.Authorship;
import dev.ladder.post.CredentialFilter;
import dev.ladder.post.MarkdownRenderer;
import dev.ladder.post.Moderation;
import dev.ladder.post.Post;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

@ApplicationScoped
public class AnswerService {
    /** What an accepted answer earns its author when shown under their name; undo and change take it back. */
    static final int ACCEPTED_REPUTATION = 15;

    private final AnswerRepository answers;
    private final RevisionRepository revisions;
    private final QuestionService questions;
    private final Authorship authorship;
    private final ReaderMarks marks;
    private final FollowService follows;
    private final Notifier notifier;
    private final MarkdownRenderer markdown;
    private final AuditLog audit;
    private final CurrentUser me;

    AnswerService(
            AnswerRepository answers,
            RevisionRepository revisions,
            QuestionService questions,
            Authorship authorship,
            ReaderMarks marks,
            FollowService follows,
            Notifier notifier,
            MarkdownRenderer markdown,
            AuditLog audit,
            CurrentUser me) {
        this.answers = answers;
        this.revisions = revisions;
        this.questions = questions;
        this.authorship = authorship;
        this.marks = marks;
        this.follows = follows;
        this.notifier = notifier;
        this.markdown = markdown;
        this.audit = audit;
        this.me = me;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<AnswerView> list(UUID questionId, AnswerSort sort, CredentialFilter credentials, PageRequest page) {
        questions.requireVisible(questionId);
        return page(questionId, sort, credentials, page);
    }

    /** A page of a question the caller may see: authors in the same query, the caller's marks in two more. */
    public Page<AnswerView> page(UUID questionId, AnswerSort sort, CredentialFilter credentials, PageRequest page) {
        List<AnswerRow> rows = answers.page(questionId, sort, credentials, page.cursor(3), page.limit);
        return views(rows, page.limit, sort::cursorAfter);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<AnswerView> mine(PageRequest page) {
        List<AnswerRow> rows = answers.pageByAuthor(me.id(), page.cursor(3), page.limit);
        return views(rows, page.limit, AnswerSort.NEWEST::cursorAfter);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AnswerView get(UUID id) {
        return viewForCaller(requireVisible(id));
    }

    @Transactional
    public AnswerView answer(UUID questionId, CreateAnswerRequest request) {
        Question question = questions.lockLive(questionId).orElseThrow(QuestionService::notFound);
        if (question.closedReason != null) {
            throw new ApiException(
                    ProblemType.QUESTION_CLOSED,
                    "The question is closed and takes no new answers; comments and votes are still welcome.");
        }
        Answer answer = new Answer(question, authorship.ofCaller(request.anonymous()));
        markdown.write(answer, request.body());
        answers.persist(answer);
        questions.answerAdded(question.id, answer.createdAt);
        authorship.countAnswer(answer, 1);
        notifier.answered(question.id, answer.id, me.id());
        follows.followAsPoster(question.id);
        return view(AnswerRow.of(answer), new ReaderMarks.OnAnswer(null, false));
    }

    /** With If-Match, only if nobody edited the answer since the client read it (checked under the question's lock). */
    @Transactional
    public AnswerView update(UUID id, String ifMatch, UpdateAnswerRequest request) {
        Answer answer = requireEditable(id);
        EntityTags.requireVersion(ifMatch, answer.version);
        request.body().ifSent(body -> {
            revisions.keep(answer, me.id());
            markdown.write(answer, body);
            answer.updatedAt = Timestamps.now();
            recordIfModerating(answer, AuditAction.POST_EDITED);
        });
        // The version moves when the change is flushed, and the response's ETag must carry the new one.
        answers.flush();
        return viewForCaller(answer);
    }

    @Transactional
    public void delete(UUID id) {
        Answer answer = requireEditable(id);
        withdraw(answer);
        recordIfModerating(answer, AuditAction.POST_DELETED);
    }

    /**
     * What flags and moderators do to an answer, in any state, under its question's lock (see
     * {@link Moderation}); under a question that is gone the answer is gone with it, and stays as it is.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void moderate(UUID id, Moderation action) {
        UUID questionId = answers.questionIdOf(id).orElseThrow(AnswerService::notFound);
        if (questions.lockLive(questionId).isEmpty()) {
            return;
        }
        Answer answer = answers.findWithDetails(id).orElseThrow(AnswerService::notFound);
        switch (action) {
            case HIDE -> {
                if (answer.deletedAt == null) {
                    withdraw(answer);
                    answer.hiddenAt = answer.deletedAt;
                }
            }
            case RESTORE -> {
                if (answer.hiddenAt != null) {
                    answer.deletedAt = null;
                    answer.hiddenAt = null;
                    questions.answerAdded(questionId, answer.createdAt);
                    authorship.countAnswer(answer, 1);
                }
            }
            case DELETE -> {
                if (answer.hiddenAt != null) {
                    answer.hiddenAt = null;
                } else if (answer.deletedAt == null) {
                    withdraw(answer);
                }
            }
        }
    }

    /**
     * Gone from readers: the question's answer count and its author's profile count drop, and it
     * cannot stay accepted (the question loses the mark, the author its reputation; restoring it
     * does not give them back: the asker accepts again).
     */
    private void withdraw(Answer answer) {
        answer.deletedAt = Timestamps.now();
        questions.answerRemoved(answer.questionId);
        authorship.countAnswer(answer, -1);
        if (answer.accepted) {
            answers.accept(answer.questionId, null, ACCEPTED_REPUTATION);
        }
    }

    /** A moderator changing someone else's answer leaves a line in the moderation log. */
    private void recordIfModerating(Answer answer, AuditAction action) {
        if (!answer.author.id.equals(me.id())) {
            audit.record(action, "answer", answer.id, null);
        }
    }

    /**
     * The asker (anonymous too) marks the answer that helped them, moving the mark from any other;
     * the judgement is the asker's alone, so moderators cannot. Returns the question as GET shows it.
     */
    @Transactional
    public QuestionView accept(UUID questionId, UUID answerId) {
        Question question = requireAsked(questionId);
        if (!answers.isLiveAnswerOf(answerId, questionId)) {
            throw ApiException.invalid("answerId", "is not a live answer to this question");
        }
        if (!answerId.equals(question.acceptedAnswerId)) {
            answers.accept(questionId, answerId, ACCEPTED_REPUTATION);
            notifier.accepted(questionId, answerId, me.id());
        }
        return questions.acceptedChanged(question, answerId);
    }

    /** Undoes {@link #accept}; idempotent. */
    @Transactional
    public QuestionView unaccept(UUID questionId) {
        Question question = requireAsked(questionId);
        if (question.acceptedAnswerId != null) {
            answers.accept(questionId, null, ACCEPTED_REPUTATION);
        }
        return questions.acceptedChanged(question, null);
    }

    /** The answer and its question exist and the caller may see both ({@link Post#visibleTo}). */
    public Answer requireVisible(UUID id) {
        Answer answer = answers.findWithDetails(id).orElseThrow(AnswerService::notFound);
        if (!answer.visibleTo(me) || !answer.question.visibleTo(me)) {
            throw notFound();
        }
        return answer;
    }

    /**
     * For any change to an answer or what hangs on it: the answer and its question are live. Changes
     * to answers lock their question's row first, as every change to a question does, and load the
     * answer after it (with its question).
     */
    public Answer lockLive(UUID id) {
        UUID questionId = answers.questionIdOf(id).orElseThrow(AnswerService::notFound);
        questions.lockLive(questionId).orElseThrow(AnswerService::notFound);
        Answer answer = answers.findWithDetails(id).orElseThrow(AnswerService::notFound);
        if (answer.deletedAt != null) {
            throw notFound();
        }
        return answer;
    }

    /** The live question, locked, and the caller asked it. */
    private Question requireAsked(UUID questionId) {
        Question question = questions.lockLive(questionId).orElseThrow(QuestionService::notFound);
        if (!question.author.id.equals(me.id())) {
            throw ApiException.forbidden("Only the asker can accept an answer to this question.");
        }
        return question;
    }

    /** Only the author or a moderator edits or deletes, and only what is not deleted yet. */
    private Answer requireEditable(UUID id) {
        Answer answer = lockLive(id);
        if (!answer.editableBy(me)) {
            throw ApiException.forbidden("Only the author or a moderator can change this answer.");
        }
        return answer;
    }

    /** Signed in, the caller's votes in one statement and bookmarks in another. */
    private Page<AnswerView> views(List<AnswerRow> rows, int limit, Function<AnswerRow, Cursor> cursorOf) {
        Function<UUID, ReaderMarks.OnAnswer> personal =
                marks.onAnswers(rows.stream().map(AnswerRow::id).toList());
        return Page.of(rows, limit, cursorOf, a -> view(a, personal.apply(a.id())));
    }

    private AnswerView viewForCaller(Answer answer) {
        return view(AnswerRow.of(answer), marks.onAnswers(List.of(answer.id)).apply(answer.id));
    }

    private AnswerView view(AnswerRow a, ReaderMarks.OnAnswer personal) {
        return new AnswerView(
                a.id(),
                a.questionId(),
                a.body(),
                a.bodyHtml(),
                a.author(),
                a.score(),
                a.accepted(),
                personal.myVote(),
                personal.bookmarked(),
                a.deletedAt() == null && Post.editableBy(me, a.authorId()),
                a.createdAt(),
                a.updatedAt(),
                a.hiddenAt() == null ? a.deletedAt() : null,
                a.hiddenAt(),
                null,
                a.version());
    }

    private static ApiException notFound() {
        return ApiException.notFound("No answer has that id.");
    }
}
