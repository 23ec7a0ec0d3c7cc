package dev.ladder.moderation;

import dev.ladder.audit.AuditAction;
import dev.ladder.audit.AuditLog;
import dev.ladder.comment.CommentService;
import dev.ladder.common.Timestamps;
import dev.ladder.common.config.LadderConfig;
import dev.ladder.common.error.ApiException;
import dev.ladder.common.page.Page;
import dev.ladder.common.page.PageRequest;
import dev.ladder.common.security.CurrentUser;
import dev.ladder.post.Moderation;
import dev.ladder.qa.AnswerService;
import dev.ladder.qa.QuestionService;
import dev.ladder.ratelimit.LimitKind;
import dev.ladder.ratelimit.RateLimits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * Readers flag posts; when {@code ladder.moderation.hide-at-flags} readers' flags on a post are open
 * at once, it is hidden until a moderator resolves them. Every step runs under the lock of the
 * post's question, as every change to the post does, so counting and hiding cannot race.
 */
@ApplicationScoped
public class FlagService {
    private final FlagRepository flags;
    private final QuestionService questions;
    private final AnswerService answers;
    private final CommentService comments;
    private final AuditLog audit;
    private final RateLimits limits;
    private final CurrentUser me;
    private final int hideAtFlags;

    FlagService(
            FlagRepository flags,
            QuestionService questions,
            AnswerService answers,
            CommentService comments,
            AuditLog audit,
            RateLimits limits,
            CurrentUser me,
            LadderConfig config) {
        this.flags = flags;
        this.questions = questions;
        this.answers = answers;
        this.comments = comments;
        this.audit = audit;
        this.limits = limits;
        this.me = me;
        this.hideAtFlags = config.moderation().hideAtFlags();
    }

    /** A reader flags a live post that is not theirs, once; the flag that makes enough hides it. */
    @Transactional
    public FlagView flag(PostType type, UUID postId, FlagRequest request) {
        limits.take(LimitKind.FLAGS, me.id().toString());
        if (lockLiveAuthor(type, postId).equals(me.id())) {
            throw ApiException.forbidden("You cannot flag your own post: edit or delete it instead.");
        }
        if (flags.flagged(postId, me.id())) {
            throw ApiException.conflict("You flagged this post already; a moderator will look at it.");
        }
        Flag flag = new Flag(
                type,
                postId,
                me.id(),
                request.reason(),
                request.detail() == null ? null : request.detail().strip());
        flags.persist(flag);
        long open = flags.countOpen(postId);
        if (open >= hideAtFlags) {
            moderate(type, postId, Moderation.HIDE);
            audit.recordByFlags(AuditAction.HIDDEN_BY_FLAGS, type.toString(), postId, open + " open flags");
        }
        return view(flag.id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<FlagView> queue(FlagStatus status, PageRequest page) {
        return Page.of(
                flags.page(status, page.cursor(3), page.limit), page.limit, FlagSort.OLDEST::cursorAfter, FlagView::of);
    }

    /**
     * A moderator decides on the flagged post: every open flag on it is resolved with the flag named,
     * and the log keeps the decision. A flag resolved already (by this decision or another) is a 409.
     */
    @Transactional
    public FlagView resolve(UUID id, ResolveFlagRequest request) {
        Flag flag = flags.findByIdOptional(id).orElseThrow(FlagService::notFound);
        if (flag.status != FlagStatus.OPEN) {
            throw resolvedAlready();
        }
        FlagAction action = request.action();
        moderate(flag.postType, flag.postId, action.moderation);
        int resolved = flags.resolveOpen(flag.postId, action.resolution, me.id(), Timestamps.now());
        if (resolved == 0) { // another moderator's decision came first
            throw resolvedAlready();
        }
        audit.record(action.logged, flag.postType.toString(), flag.postId, resolved + " flags");
        return view(id);
    }

    /** Locks the live post (as a change to it would) and says whose it is; a 404 if it is gone. */
    private UUID lockLiveAuthor(PostType type, UUID postId) {
        return switch (type) {
            case QUESTION -> questions.lockLive(postId).orElseThrow(QuestionService::notFound).author.id;
            case ANSWER -> answers.lockLive(postId).author.id;
            case COMMENT -> comments.lockLive(postId).author.id;
        };
    }

    private void moderate(PostType type, UUID postId, Moderation action) {
        switch (type) {
            case QUESTION -> questions.moderate(postId, action);
            case ANSWER -> answers.moderate(postId, action);
            case COMMENT -> comments.moderate(postId, action);
        }
    }

    private FlagView view(UUID id) {
        return FlagView.of(flags.findRow(id).orElseThrow(FlagService::notFound));
    }

    private static ApiException resolvedAlready() {
        return ApiException.conflict("This flag was resolved already.");
    }

    private static ApiException notFound() {
        return ApiException.notFound("No flag has that id.");
    }
}
