package dev.ladder.mail;

import java.util.UUID;

/** Whom a mail goes to. */
record Recipient(UUID id, String email, String displayName) {}
