package dev.ladder.vote;

/** The post's score after the change, and the caller's vote on it (null when none). */
public record VoteView(int score, Integer myVote) {}
