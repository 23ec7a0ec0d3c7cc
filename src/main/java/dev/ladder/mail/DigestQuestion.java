package dev.ladder.mail;

import java.util.UUID;

/** One question in a digest. */
record DigestQuestion(UUID id, String title, int score, int answerCount) {}
