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
import java.util.UUID;

/** Bookmarks of live questions and answers: idempotent both ways, at most {@code ladder.follow.max-bookmarks}. */
@ApplicationScoped
public class BookmarkService {
    private final BookmarkRepository bookmarks;
    private final FollowRepository follows;
    private final CurrentUser me;
    private final LadderConfig config;

    BookmarkService(BookmarkRepository bookmarks, FollowRepository follows, CurrentUser me, LadderConfig config) {
        this.bookmarks = bookmarks;
        this.follows = follows;
        this.me = me;
        this.config = config;
    }

    @Transactional
    public void bookmarkQuestion(UUID id) {
        bookmark(bookmarks.liveQuestion(id).orElseThrow(BookmarkService::questionNotFound));
    }

    @Transactional
    public void bookmarkAnswer(UUID id) {
        bookmark(bookmarks.liveAnswer(id).orElseThrow(BookmarkService::answerNotFound));
    }

    @Transactional
    public void unbookmarkQuestion(UUID id) {
        bookmarks.delete(me.id(), bookmarks.liveQuestion(id).orElseThrow(BookmarkService::questionNotFound));
    }

    @Transactional
    public void unbookmarkAnswer(UUID id) {
        bookmarks.delete(me.id(), bookmarks.liveAnswer(id).orElseThrow(BookmarkService::answerNotFound));
    }

    /** The caller's bookmarks of live posts, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<BookmarkView> bookmarks(PageRequest page) {
        return Page.of(
                bookmarks.page(me.id(), page.cursor(3), page.limit),
                page.limit,
                BookmarkSort.NEWEST::cursorAfter,
                BookmarkView::of);
    }

    /** Which of these answers the caller bookmarked. */
    public Marked<UUID> bookmarkedAnswers(Collection<UUID> answers) {
        return me.optionalId()
                .map(reader -> new Marked<>(bookmarks.bookmarkedAnswers(reader, answers), true))
                .orElseGet(Marked::signedOut);
    }

    private void bookmark(BookmarkRepository.Post post) {
        UUID reader = me.id();
        follows.lockReader(reader);
        Count count = bookmarks.count(reader, post);
        if (count.already()) {
            return;
        }
        int max = config.follow().maxBookmarks();
        if (count.total() >= max) {
            throw ApiException.conflict("An account can keep at most " + max + " bookmarks: remove some first.");
        }
        bookmarks.insert(reader, post, Timestamps.now());
    }

    private static ApiException questionNotFound() {
        return ApiException.notFound("No question has that id.");
    }

    private static ApiException answerNotFound() {
        return ApiException.notFound("No answer has that id.");
    }
}
