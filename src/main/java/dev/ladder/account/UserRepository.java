package dev.ladder.account;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class UserRepository implements PanacheRepositoryBase<User, UUID> {

    /** Handles are unique whatever their case (index users_handle_key on lower(handle)); an erased account has none. */
    public Optional<User> findByHandle(String handle) {
        return find("lower(handle) = lower(?1) and erasedAt is null", handle).firstResultOptional();
    }

    /** Whether an erased account held the handle: it is never given out again (V24). */
    public boolean handleRetired(String handle) {
        return !getEntityManager()
                .createNativeQuery(
                        "SELECT 1 FROM retired_handles WHERE handle_sha256 = sha256(convert_to(lower(?1), 'UTF8'))")
                .setParameter(1, handle)
                .getResultList()
                .isEmpty();
    }

    public void retireHandle(String handle) {
        getEntityManager()
                .createNativeQuery(
                        "INSERT INTO retired_handles (handle_sha256) VALUES (sha256(convert_to(lower(?1), 'UTF8')))"
                                + " ON CONFLICT DO NOTHING")
                .setParameter(1, handle)
                .executeUpdate();
    }

    /** Tells every instance, once the transaction commits, that the account is erased ({@link ErasedAccounts}). */
    public void announceErased(UUID id) {
        getEntityManager()
                .createNativeQuery("SELECT pg_notify('" + ErasedAccounts.CHANNEL + "', ?1)")
                .setParameter(1, id.toString())
                .getSingleResult();
    }

    @SuppressWarnings("unchecked")
    public List<UUID> erasedWithin(Duration period) {
        return getEntityManager()
                .createNativeQuery("SELECT id FROM users WHERE erased_at > now() - CAST(?1 AS interval)", UUID.class)
                .setParameter(1, period.toSeconds() + " seconds")
                .getResultList();
    }

    /** Login takes the handle or the email; an email always contains '@' and a handle never does. */
    public Optional<User> findByLogin(String login) {
        return login.contains("@")
                ? find("lower(email) = lower(?1)", login).firstResultOptional()
                : findByHandle(login);
    }

    /** Public counters count only posts shown under the author's name: callers skip anonymous ones. */
    public void adjustPostCounts(UUID userId, int questions, int answers) {
        getEntityManager()
                .createNativeQuery(
                        "UPDATE users SET question_count = question_count + ?1, answer_count = answer_count + ?2 WHERE id = ?3")
                .setParameter(1, questions)
                .setParameter(2, answers)
                .setParameter(3, userId)
                .executeUpdate();
    }

    /** A question was withdrawn (-1) or came back (+1): its live answers under a name count with it for their authors. */
    public void countAnswersOf(UUID questionId, int sign) {
        getEntityManager()
                .createNativeQuery("UPDATE users u SET answer_count = u.answer_count + ?2 * a.answers"
                        + " FROM (SELECT author_id, count(*) AS answers FROM answers"
                        + " WHERE question_id = ?1 AND deleted_at IS NULL AND NOT anonymous GROUP BY author_id) a"
                        + " WHERE u.id = a.author_id")
                .setParameter(1, questionId)
                .setParameter(2, sign)
                .executeUpdate();
    }

    /** The ids of every admin, their rows locked in one order (so that two callers cannot deadlock) until the transaction ends. */
    @SuppressWarnings("unchecked")
    public List<UUID> lockAdmins() {
        return getEntityManager()
                .createNativeQuery("SELECT id FROM users WHERE role = 'admin' ORDER BY id FOR UPDATE", UUID.class)
                .getResultList();
    }

    public boolean emailTaken(String email) {
        return count("lower(email) = lower(?1)", email) > 0;
    }
}
