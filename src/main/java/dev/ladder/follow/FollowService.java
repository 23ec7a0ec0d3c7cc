package dev.ladder.follow;

import dev.ladder.common.Timestamps;
import dev.ladder.common.config.LadderConfig;
import dev.ladder.common.error.ApiException;
import dev.ladder.common.page.Page;
import dev.ladder.common.page.PageRequest;
import dev.ladder.common.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Following questions, topics and users: idempotent both ways, at most {@code ladder.follow.max-follows}
 * in all (a 409 past it), never oneself. Reads ask here for the caller's marks, a statement per page.
 */
@ApplicationScoped
public class FollowService {
    private final FollowRepository follows;
    private final CurrentUser me;
    private final LadderConfig config;

    FollowService(FollowRepository follows, CurrentUser me, LadderConfig config) {
        this.follows = follows;
        this.me = me;
        this.config = config;
    }

    @Transactional
    public void follow(FollowKind kind, String key) {
        UUID reader = me.id();
        follows.lockReader(reader);
        Object target = target(kind, key);
        if (target.equals(reader)) {
            throw ApiException.forbidden("You cannot follow yourself.");
        }
        if (!add(reader, kind, target)) {
            throw ApiException.conflict("An account can follow at most "
                    + config.follow().maxFollows() + " questions, topics and users: unfollow some first.");
        }
    }

    @Transactional
    public void unfollow(FollowKind kind, String key) {
        follows.delete(me.id(), kind, target(kind, key));
    }

    /**
     * Asking or answering follows the question; an account at its limit simply does not follow it,
     * since posting must not fail for that. Joins the posting transaction; true when the poster
     * follows the question now.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean followAsPoster(UUID questionId) {
        UUID reader = me.id();
        follows.lockReader(reader);
        return add(reader, FollowKind.QUESTION, questionId);
    }

    /** The caller's follows, of one kind (null: all), newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<FollowView> following(FollowKind kind, PageRequest page) {
        return Page.of(
                follows.page(me.id(), kind, page.cursor(3), page.limit),
                page.limit,
                FollowSort.NEWEST::cursorAfter,
                FollowView::of);
    }

    /** Which of these questions the caller follows and bookmarked. */
    public QuestionMarks questionMarks(Collection<UUID> questions) {
        Optional<UUID> reader = me.optionalId();
        if (reader.isEmpty()) {
            return QuestionMarks.SIGNED_OUT;
        }
        Set<UUID> following = new HashSet<>();
        Set<UUID> bookmarked = new HashSet<>();
        for (Object[] mark : follows.questionMarks(reader.get(), questions)) {
            ((Boolean) mark[1] ? following : bookmarked).add((UUID) mark[0]);
        }
        return new QuestionMarks(new Marked<>(following, true), new Marked<>(bookmarked, true));
    }

    /** Which of these topics (by id) the caller follows. */
    public Marked<Long> followedTopics(Collection<Long> topics) {
        return marked(FollowKind.TOPIC, topics);
    }

    /** Whether the caller follows this user; null signed out. */
    public Boolean followsUser(UUID user) {
        return marked(FollowKind.USER, Set.of(user)).of(user);
    }

    private <K> Marked<K> marked(FollowKind kind, Collection<K> targets) {
        return me.optionalId()
                .map(reader -> new Marked<>(follows.followed(reader, kind, targets), true))
                .orElseGet(Marked::signedOut);
    }

    /**
     * Follows the target (the reader's row locked) unless it is followed already; false, writing
     * nothing, when the reader is at the limit.
     */
    private boolean add(UUID reader, FollowKind kind, Object target) {
        Count count = follows.count(reader, kind, target);
        if (count.already()) {
            return true;
        }
        if (count.total() >= config.follow().maxFollows()) {
            return false;
        }
        follows.insert(reader, kind, target, Timestamps.now());
        return true;
    }

    private Object target(FollowKind kind, String key) {
        return follows.target(kind, key).orElseThrow(() -> ApiException.notFound(kind.notFound));
    }
}
