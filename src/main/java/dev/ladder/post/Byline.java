package dev.ladder.post;

import dev.ladder.account.User;

/** Who writes a post and how it shows them, fixed when the post is written. */
public record Byline(User author, boolean anonymous, AuthorSnapshot snapshot) {}
