package dev.ladder.post;

import dev.ladder.common.page.Page;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The first comments of a question and of some of its answers, for the question page. The comment
 * feature implements it: comments depend on questions and answers, so these see comments only
 * through this port.
 */
public interface FirstComments {
    /**
     * The first {@code limit} live comments, oldest first, of the question itself and of each of
     * {@code answerIds}, keyed by the post's id (every one of them, an empty page for a post
     * without comments), each page's {@code nextCursor} continuing its post's comment list. One
     * query, whatever the number of posts and comments.
     */
    Map<UUID, Page<CommentView>> of(UUID questionId, List<UUID> answerIds, int limit);
}
