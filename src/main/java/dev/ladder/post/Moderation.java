package dev.ladder.post;

/**
 * What flags and moderators do to a question, answer or comment. Each acts on the post as it is
 * when its row is locked, and does nothing where there is nothing left to do (hiding a post its
 * author deleted meanwhile, restoring one that is not hidden).
 */
public enum Moderation {
    /** Withdraw a live post from readers as a deletion would, keeping it for its author and moderators. */
    HIDE,
    /** Bring a hidden post back as it was. */
    RESTORE,
    /** Delete the post: a hidden one stays withdrawn, now as deleted; a live one is deleted. */
    DELETE
}
