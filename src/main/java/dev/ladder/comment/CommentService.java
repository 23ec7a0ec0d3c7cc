package dev.ladder.comment;

import dev.ladder.audit.AuditAction;
import dev.ladder.audit.AuditLog;
import dev.ladder.common.Timestamps;
import dev.ladder.common.error.ApiException;
import dev.ladder.common.page.Page;
import dev.ladder.common.page.PageRequest;
import dev.ladder.common.security.CurrentUser;
import dev.ladder.notification.Notifier;
import dev.ladder.post.Authorship;
import dev.ladder.post.CommentView;
import dev.ladder.post.FirstComments;
import dev.ladder.post.MarkdownRenderer;
import dev.ladder.post.Moderation;
import dev.ladder.post.Post;
import dev.ladder.qa.Answer;
import dev.ladder.qa.AnswerService;
import dev.ladder.qa.Question;
import dev.ladder.qa.QuestionService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class CommentService implements FirstComments {
    private final CommentRepository comments;
    private final QuestionService questions;
    private final AnswerService answers;
    private final Authorship authorship;
    private final MarkdownRenderer markdown;
    private final Notifier notifier;
    private final AuditLog audit;
    private final CurrentUser me;

    CommentService(
            CommentRepository comments,
            QuestionService questions,
            AnswerService answers,
            Authorship authorship,
            MarkdownRenderer markdown,
            Notifier notifier,
            AuditLog audit,
            CurrentUser me) {
        this.comments = comments;
        this.questions = questions;
        this.answers = answers;
        this.authorship = authorship;
        this.markdown = markdown;
        this.notifier = notifier;
        this.audit = audit;
        this.me = me;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<CommentView> ofQuestion(UUID questionId, PageRequest page) {
        questions.requireVisible(questionId);
        return views(comments.pageOfQuestion(questionId, page.cursor(3), page.limit), page.limit);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<CommentView> ofAnswer(UUID answerId, PageRequest page) {
        answers.requireVisible(answerId);
        return views(comments.pageOfAnswer(answerId, page.cursor(3), page.limit), page.limit);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CommentView get(UUID id) {
        return view(comments.findVisible(id, me.optionalId().orElse(null), me.isModerator())
                .orElseThrow(CommentService::notFound));
    }

    /** Under the question's lock, as every change to a question or what hangs on it. */
    @Transactional
    public CommentView onQuestion(UUID questionId, CreateCommentRequest request) {
        Question question = questions.lockLive(questionId).orElseThrow(CommentService::postNotFound);
        Comment comment = isMine(question)
                ? new Comment(question.id, null, authorship.ofAuthorOf(question), Comment.Role.ASKER)
                : new Comment(question.id, null, authorship.ofCaller(false), Comment.Role.NONE);
        return write(comment, request.body());
    }

    /**
     * Whoever wrote the answer or its question comments as that post shows them. The answer's
     * anonymous author is that answer's headline; otherwise the question's anonymous author is the
     * question's headline, and no other marker: one next to an anonymous byline would link it to
     * another post. Everybody else is named, marked as the answer's author, else as the asker.
     */
    @Transactional
    public CommentView onAnswer(UUID answerId, CreateCommentRequest request) {
        Answer answer = answers.lockLive(answerId);
        Question question = answer.question;
        boolean answerer = isMine(answer);
        boolean asker = isMine(question);
        Comment comment;
        if (answerer && answer.anonymous) {
            comment = new Comment(question.id, answer.id, authorship.ofAuthorOf(answer), Comment.Role.POST_AUTHOR);
        } else if (asker && question.anonymous) {
            comment = new Comment(question.id, answer.id, authorship.ofAuthorOf(question), Comment.Role.ASKER);
        } else {
            comment = new Comment(
                    question.id,
                    answer.id,
                    authorship.ofCaller(false),
                    answerer ? Comment.Role.POST_AUTHOR : asker ? Comment.Role.ASKER : Comment.Role.NONE);
        }
        return write(comment, request.body());
    }

    @Transactional
    public CommentView update(UUID id, UpdateCommentRequest request) {
        Comment comment = requireEditable(id);
        request.body().ifSent(body -> {
            render(comment, body);
            comment.updatedAt = Timestamps.now();
            comments.forgetMentions(comment.id);
            comments.mention(comment.id, Mentions.in(body));
            recordIfModerating(comment, AuditAction.POST_EDITED);
        });
        return view(CommentRow.of(comment));
    }

    @Transactional
    public void delete(UUID id) {
        Comment comment = requireEditable(id);
        comment.deletedAt = Timestamps.now();
        recordIfModerating(comment, AuditAction.POST_DELETED);
    }

    /**
     * What flags and moderators do to a comment, in any state, under its question's lock (see
     * {@link Moderation}); on a question that is gone the comment is gone with it, and stays as it is.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void moderate(UUID id, Moderation action) {
        UUID questionId = comments.questionIdOf(id).orElseThrow(CommentService::notFound);
        if (questions.lockLive(questionId).isEmpty()) {
            return;
        }
        Comment comment = comments.findById(id);
        switch (action) {
            case HIDE -> {
                if (comment.deletedAt == null) {
                    comment.deletedAt = Timestamps.now();
                    comment.hiddenAt = comment.deletedAt;
                }
            }
            case RESTORE -> {
                if (comment.hiddenAt != null) {
                    comment.deletedAt = null;
                    comment.hiddenAt = null;
                }
            }
            case DELETE -> {
                if (comment.hiddenAt != null) {
                    comment.hiddenAt = null;
                } else if (comment.deletedAt == null) {
                    comment.deletedAt = Timestamps.now();
                }
            }
        }
    }

    /**
     * A live comment on a live post, with its author, locked as every change to what hangs on a
     * question is: under the question's lock, taken before the comment is read.
     */
    public Comment lockLive(UUID id) {
        UUID questionId = comments.questionIdOf(id).orElseThrow(CommentService::notFound);
        questions.lockLive(questionId).orElseThrow(CommentService::notFound);
        return comments.findLive(id).orElseThrow(CommentService::notFound);
    }

    private CommentView write(Comment comment, String body) {
        render(comment, body);
        comments.persistAndFlush(comment);
        comments.mention(comment.id, Mentions.in(body));
        notifier.commented(comment.questionId, comment.answerId, comment.id, me.id());
        return view(CommentRow.of(comment));
    }

    private void render(Comment comment, String body) {
        comment.body = body;
        comment.bodyHtml = markdown.renderInline(body);
    }

    /** Only its author or a moderator changes a comment, and only a live one on a live post ({@link #lockLive}). */
    private Comment requireEditable(UUID id) {
        Comment comment = lockLive(id);
        if (!Post.editableBy(me, comment.author.id)) {
            throw ApiException.forbidden("Only the author or a moderator can change this comment.");
        }
        return comment;
    }

    /** A moderator changing someone else's comment leaves a line in the moderation log. */
    private void recordIfModerating(Comment comment, AuditAction action) {
        if (!comment.author.id.equals(me.id())) {
            audit.record(action, "comment", comment.id, null);
        }
    }

    private boolean isMine(Post post) {
        return me.id().equals(post.author.id);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, Page<CommentView>> of(UUID questionId, List<UUID> answerIds, int limit) {
        Map<UUID, List<CommentRow>> byPost = new HashMap<>();
        byPost.put(questionId, new ArrayList<>());
        answerIds.forEach(answer -> byPost.put(answer, new ArrayList<>()));
        for (CommentRow row : comments.firstOfPosts(questionId, answerIds, limit + 1)) {
            byPost.get(row.answerId() == null ? row.questionId() : row.answerId())
                    .add(row);
        }
        Map<UUID, Page<CommentView>> pages = new HashMap<>();
        byPost.forEach((post, rows) -> pages.put(post, views(rows, limit)));
        return pages;
    }

    private Page<CommentView> views(List<CommentRow> rows, int limit) {
        return Page.of(rows, limit, CommentSort.OLDEST::cursorAfter, this::view);
    }

    private CommentView view(CommentRow c) {
        return new CommentView(
                c.id(),
                c.questionId(),
                c.answerId(),
                c.body(),
                c.bodyHtml(),
                c.author(),
                c.createdAt(),
                c.updatedAt(),
                c.hiddenAt(),
                c.hiddenAt() == null && Post.editableBy(me, c.authorId()));
    }

    private static ApiException notFound() {
        return ApiException.notFound("No comment has that id.");
    }

    private static ApiException postNotFound() {
        return ApiException.notFound("No question has that id.");
    }
}
