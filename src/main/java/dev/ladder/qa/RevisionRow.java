package dev.ladder.qa;

import java.time.Instant;
import java.util.UUID;

/** A revision as its list reads it: the post's author, who shows as its editor, is read with the post. */
public record RevisionRow(
        UUID id, int version, String title, String body, String bodyHtml, Instant editedAt, boolean byModerator) {

    /** The select list of this record; the revision's alias is {@code p}. */
    static final String SELECT = "select new dev.ladder.qa.RevisionRow(p.id, p.version, p.title, p.body, p.bodyHtml,"
            + " p.editedAt, p.byModerator) from Revision p";
}
