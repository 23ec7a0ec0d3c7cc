package dev.ladder.vote;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The post's score after the change, and the caller's vote on it (null when none). */
@Schema(requiredProperties = {"score", "myVote"})
public record VoteView(int score, Integer myVote) {
}
