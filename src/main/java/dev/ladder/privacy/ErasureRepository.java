package dev.ladder.privacy;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/**
 * What erasing an account does to the tables of the other features, in one place so that a reader
 * (and {@code ErasureTest}, which checks every table pointing at users) sees all of it. Kept:
 * posts (named ones lose their author's credentials; anonymous ones keep their headline, which a
 * crowd shares), votes (scores stay exact), flags (the moderators' record) and the moderation log.
 */
@ApplicationScoped
class ErasureRepository {
    /** Each runs with the account's id as ?1. */
    private static final List<String> STATEMENTS = List.of(
            // Company history, and with it every proof and pending code (cascade).
            "DELETE FROM positions WHERE user_id = ?1",
            // Named posts show "Deleted user" and none of the person's credentials.
            forgetCredentials("questions"),
            forgetCredentials("answers"),
            forgetCredentials("comments"),
            "DELETE FROM follows WHERE user_id = ?1 OR followee_id = ?1",
            "DELETE FROM bookmarks WHERE user_id = ?1",
            "DELETE FROM comment_mentions WHERE user_id = ?1",
            "DELETE FROM notification_events WHERE recipient_id = ?1",
            "DELETE FROM notification_reads WHERE user_id = ?1",
            "DELETE FROM notification_stream_tickets WHERE user_id = ?1",
            "DELETE FROM email_settings WHERE user_id = ?1",
            "DELETE FROM email_digests WHERE user_id = ?1");

    private static String forgetCredentials(String posts) {
        return "UPDATE " + posts + " SET author_title = NULL, author_level = NULL, author_company = NULL,"
                + " author_company_stage = NULL, author_headline = NULL, author_companies = '{}',"
                + " author_verified = false WHERE author_id = ?1 AND NOT anonymous";
    }

    void forget(UUID account) {
        for (String statement : STATEMENTS) {
            Panache.getEntityManager()
                    .createNativeQuery(statement)
                    .setParameter(1, account)
                    .executeUpdate();
        }
    }
}
