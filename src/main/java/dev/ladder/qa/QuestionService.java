package dev.ladder.qa;

import dev.ladder.account.AccountService;
import dev.ladder.audit.AuditAction;
import dev.ladder.audit.AuditLog;
import dev.ladder.common.Timestamps;
import dev.ladder.common.error.ApiException;
import dev.ladder.common.http.EntityTags;
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
import dev.ladder.post.TopicRef;
import dev.ladder.topic.Topic;
import dev.ladder.topic.TopicService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class QuestionService {
    /** Topics show by name, whatever order they were given in. */
    private static final Comparator<TopicRef> TOPIC_ORDER =
            Comparator.comparing(TopicRef::name, String.CASE_INSENSITIVE_ORDER);

    private final QuestionRepository questions;
    private final RevisionRepository revisions;
    private final TopicService topics;
    private final AccountService accounts;
    private final Authorship authorship;
    private final ReaderMarks marks;
    private final FollowService follows;
    private final Notifier notifier;
    private final MarkdownRenderer markdown;
    private final AuditLog audit;
    private final CurrentUser me;

    QuestionService(
            QuestionRepository questions,
            RevisionRepository revisions,
            TopicService topics,
            AccountService accounts,
            Authorship authorship,
            ReaderMarks marks,
            FollowService follows,
            Notifier notifier,
            MarkdownRenderer markdown,
            AuditLog audit,
            CurrentUser me) {
        this.questions = questions;
        this.revisions = revisions;
        this.topics = topics;
        this.accounts = accounts;
        this.authorship = authorship;
        this.marks = marks;
        this.follows = follows;
        this.notifier = notifier;
        this.markdown = markdown;
        this.audit = audit;
        this.me = me;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<QuestionView> list(
            String topicSlug, String authorHandle, CredentialFilter credentials, QuestionSort sort, PageRequest page) {
        Long topicId = null;
        if (topicSlug != null) {
            topicId = topics.require(topicSlug).id;
        }
        UUID authorId = null;
        if (authorHandle != null) {
            // An unknown handle is an empty list, exactly like a handle whose posts are all anonymous.
            authorId = accounts.idOf(authorHandle).orElse(new UUID(0, 0));
        }
        return page(sort, new QuestionRepository.Filter(topicId, authorId, false, credentials), page);
    }

    /** The caller's own questions, anonymous ones included: only they can see this list. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<QuestionView> mine(PageRequest page) {
        return page(
                QuestionSort.NEWEST, new QuestionRepository.Filter(null, me.id(), true, CredentialFilter.none()), page);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public QuestionView get(UUID id) {
        return viewForCaller(requireVisible(id));
    }

    /** The page's "Related resources": from the newest questions of its topics, the closest titles. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<QuestionView> related(UUID id, int limit) {
        requireVisible(id);
        return viewsOf(questions.related(id, limit));
    }

    @Transactional
    public QuestionView ask(CreateQuestionRequest request) {
        Question question = new Question(authorship.ofCaller(request.anonymous()));
        question.title = request.title().strip();
        markdown.write(question, request.body());
        question.topics.addAll(topics.requireAll(request.topics()));
        questions.persist(question);
        topics.adjustQuestionCounts(question.topics, List.of());
        authorship.countQuestion(question, 1);
        notifier.asked(
                question.id,
                me.id(),
                question.topics.stream().map(topic -> topic.id).toList());
        boolean following = follows.followAsPoster(question.id);
        return view(question, new ReaderMarks.OnQuestion(null, following, false));
    }

    /** With If-Match, only if nobody edited the question since the client read it (checked under the lock). */
    @Transactional
    public QuestionView update(UUID id, String ifMatch, UpdateQuestionRequest request) {
        Question question = requireEditable(id);
        EntityTags.requireVersion(ifMatch, question.version);
        // Sending any field sets updatedAt, so the version moves: the one it replaces is kept first.
        boolean edited = request.title().sent()
                || request.body().sent()
                || request.topics().sent();
        if (edited) {
            revisions.keep(question, me.id());
        }
        request.title().ifSent(title -> question.title = title.strip());
        request.body().ifSent(body -> markdown.write(question, body));
        request.topics().ifSent(slugs -> retopic(question, topics.requireAll(slugs)));
        if (edited) {
            question.updatedAt = Timestamps.now();
            question.lastActivityAt = question.updatedAt;
            recordIfModerating(question, AuditAction.POST_EDITED);
        }
        // The version moves when the change is flushed, and the response's ETag must carry the new one.
        questions.flush();
        return viewForCaller(question);
    }

    @Transactional
    public void delete(UUID id) {
        Question question = requireEditable(id);
        withdraw(question);
        recordIfModerating(question, AuditAction.POST_DELETED);
    }

    /** What flags and moderators do to a question, in any state, under its lock (see {@link Moderation}). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void moderate(UUID id, Moderation action) {
        if (!questions.lock(id)) {
            throw notFound();
        }
        Question question = questions.findWithDetails(id).orElseThrow(QuestionService::notFound);
        switch (action) {
            case HIDE -> {
                if (question.deletedAt == null) {
                    withdraw(question);
                    question.hiddenAt = question.deletedAt;
                }
            }
            case RESTORE -> {
                if (question.hiddenAt != null) {
                    question.deletedAt = null;
                    question.hiddenAt = null;
                    topics.adjustQuestionCounts(question.topics, List.of());
                    authorship.countQuestion(question, 1);
                    authorship.countAnswersOf(id, 1);
                }
            }
            case DELETE -> {
                if (question.hiddenAt != null) {
                    question.hiddenAt = null;
                } else if (question.deletedAt == null) {
                    withdraw(question);
                }
            }
        }
    }

    /** Gone from readers: topic counts, its author's and its answerers' profile counts no longer count it. */
    private void withdraw(Question question) {
        question.deletedAt = Timestamps.now();
        topics.adjustQuestionCounts(List.of(), question.topics);
        authorship.countQuestion(question, -1);
        authorship.countAnswersOf(question.id, -1);
    }

    /** A moderator changing someone else's question leaves a line in the moderation log. */
    private void recordIfModerating(Question question, AuditAction action) {
        if (!question.author.id.equals(me.id())) {
            audit.record(action, "question", question.id, null);
        }
    }

    /**
     * A moderator closes a live question, for a reason and, as a duplicate, pointing at the live
     * question it repeats. The original must not be closed as a duplicate itself (point at the
     * question it repeats instead), so duplicates never form a cycle; both rows are locked first,
     * so racing closes cannot make one either. Closing a closed question is a 409: reopen it first.
     */
    @Transactional
    public QuestionView close(UUID id, CloseQuestionRequest request) {
        UUID originalId = request.duplicateOf();
        if ((request.reason() == CloseReason.DUPLICATE) != (originalId != null)) {
            throw ApiException.invalid(
                    "duplicateOf",
                    originalId == null
                            ? "is required when the reason is 'duplicate'"
                            : "is only for the reason 'duplicate'");
        }
        if (id.equals(originalId)) {
            throw ApiException.invalid("duplicateOf", "cannot be the question itself");
        }
        Set<UUID> live = questions.lockLive(originalId == null ? List.of(id) : List.of(id, originalId));
        if (!live.contains(id)) {
            throw notFound();
        }
        if (originalId != null && !live.contains(originalId)) {
            throw ApiException.invalid("duplicateOf", "is not a live question");
        }
        Question question = questions.findWithDetails(id).orElseThrow(QuestionService::notFound);
        if (question.closedReason != null) {
            throw ApiException.conflict("The question is closed already: reopen it to close it for another reason.");
        }
        if (originalId != null) {
            Question original = questions.findById(originalId);
            if (original.closedReason == CloseReason.DUPLICATE) {
                throw ApiException.invalid(
                        "duplicateOf",
                        "is itself closed as a duplicate: close this question as a duplicate of the one it repeats");
            }
            question.closedDuplicateOf = original;
        }
        question.closedReason = request.reason();
        question.closedAt = Timestamps.now();
        question.closedBy = me.id();
        audit.record(
                AuditAction.QUESTION_CLOSED,
                "question",
                id,
                originalId == null ? request.reason().wireName() : "duplicate of " + originalId);
        return viewForCaller(question);
    }

    /** Undoes {@link #close}; idempotent. */
    @Transactional
    public QuestionView reopen(UUID id) {
        Question question = lockLive(id).orElseThrow(QuestionService::notFound);
        if (question.closedReason != null) {
            audit.record(AuditAction.QUESTION_REOPENED, "question", id, null);
        }
        question.closedReason = null;
        question.closedAt = null;
        question.closedBy = null;
        question.closedDuplicateOf = null;
        return viewForCaller(question);
    }

    /** The question exists and the caller may see it ({@link Post#visibleTo}). */
    public Question requireVisible(UUID id) {
        Question question = questions.findWithDetails(id).orElseThrow(QuestionService::notFound);
        if (!question.visibleTo(me)) {
            throw notFound();
        }
        return question;
    }

    /**
     * For any change to a question or its answers: the question is live, and its row stays locked
     * until the transaction ends ({@link QuestionRepository#lockLive}); loaded after the lock, so
     * it is as the previous change left it.
     */
    public Optional<Question> lockLive(UUID id) {
        return questions.lockLive(id) ? questions.findWithDetails(id) : Optional.empty();
    }

    /**
     * The question as GET shows it, after its accepted answer became {@code answerId} (null: none)
     * in this transaction by a statement the loaded entity did not see.
     */
    public QuestionView acceptedChanged(Question question, UUID answerId) {
        question.acceptedAnswerId = answerId;
        return viewForCaller(question);
    }

    public void answerAdded(UUID questionId, Instant at) {
        questions.answerAdded(questionId, at);
    }

    public void answerRemoved(UUID questionId) {
        questions.answerRemoved(questionId);
    }

    /**
     * Views of live questions in the order of {@code ids} (skipping any deleted meanwhile), with
     * authors, topics and the caller's marks in four queries whatever the count: for lists ranked
     * elsewhere, such as search results.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<QuestionView> viewsOf(List<UUID> ids) {
        Map<UUID, QuestionView> views = views(questions.findLive(ids)).stream()
                .collect(Collectors.toMap(QuestionView::id, Function.identity()));
        return ids.stream().map(views::get).filter(Objects::nonNull).toList();
    }

    private Page<QuestionView> page(QuestionSort sort, QuestionRepository.Filter filter, PageRequest page) {
        List<QuestionRow> rows = questions.page(sort, filter, page.cursor(3), page.limit);
        return Page.ofAll(rows, page.limit, sort::cursorAfter, this::views);
    }

    /** Topics in one query; signed in, the caller's votes in one more and their follows and bookmarks in another. */
    private List<QuestionView> views(List<QuestionRow> rows) {
        List<UUID> ids = rows.stream().map(QuestionRow::id).toList();
        Map<UUID, List<TopicRef>> topicsOf = questions.topicsOf(ids);
        Function<UUID, ReaderMarks.OnQuestion> personal = marks.onQuestions(ids);
        return rows.stream()
                .map(q -> view(q, topicsOf.getOrDefault(q.id(), List.of()), personal.apply(q.id())))
                .toList();
    }

    private Question requireEditable(UUID id) {
        Question question = lockLive(id).orElseThrow(QuestionService::notFound);
        if (!question.editableBy(me)) {
            throw ApiException.forbidden("Only the author or a moderator can change this question.");
        }
        return question;
    }

    /** Topic counts follow the change: -1 for each topic left, +1 for each one joined. */
    private void retopic(Question question, List<Topic> wanted) {
        List<Topic> left = new ArrayList<>(question.topics);
        left.removeAll(wanted);
        List<Topic> joined = new ArrayList<>(wanted);
        joined.removeAll(question.topics);
        topics.adjustQuestionCounts(joined, left);
        question.topics.clear();
        question.topics.addAll(wanted);
    }

    private QuestionView viewForCaller(Question question) {
        return view(question, marks.onQuestions(List.of(question.id)).apply(question.id));
    }

    private QuestionView view(Question question, ReaderMarks.OnQuestion personal) {
        return view(
                QuestionRow.of(question),
                question.topics.stream()
                        .map(topic -> new TopicRef(topic.slug, topic.name))
                        .toList(),
                personal);
    }

    private QuestionView view(QuestionRow q, List<TopicRef> topics, ReaderMarks.OnQuestion personal) {
        return new QuestionView(
                q.id(),
                q.title(),
                q.body(),
                q.bodyHtml(),
                topics.stream().sorted(TOPIC_ORDER).toList(),
                q.author(),
                q.score(),
                q.answerCount(),
                q.acceptedAnswerId(),
                q.closed(),
                personal.myVote(),
                personal.following(),
                personal.bookmarked(),
                q.deletedAt() == null && Post.editableBy(me, q.authorId()),
                q.createdAt(),
                q.updatedAt(),
                q.lastActivityAt(),
                q.hiddenAt() == null ? q.deletedAt() : null,
                q.hiddenAt(),
                null,
                null,
                q.version());
    }

    public static ApiException notFound() {
        return ApiException.notFound("No question has that id.");
    }
}
