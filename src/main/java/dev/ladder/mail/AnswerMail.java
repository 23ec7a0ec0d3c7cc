package dev.ladder.mail;

import java.util.UUID;

/**
 * An answer event, and the mail it makes to the asker: {@code send} is false when the asker turned
 * such mail off, answered their own question, or the answer or question is gone.
 */
record AnswerMail(long eventId, Recipient asker, UUID questionId, String questionTitle, boolean send) {}
