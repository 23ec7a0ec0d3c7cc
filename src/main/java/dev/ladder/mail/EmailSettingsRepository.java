package dev.ladder.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;

/** email_settings: a row only for readers who changed the defaults. */
@ApplicationScoped
public class EmailSettingsRepository {
    private final EntityManager em;

    EmailSettingsRepository(EntityManager em) {
        this.em = em;
    }

    SettingsView find(UUID user) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT digest, on_answer FROM email_settings WHERE user_id = :user")
                .setParameter("user", user)
                .getResultList();
        return rows.isEmpty() ? SettingsView.DEFAULTS : view(rows.get(0));
    }

    /**
     * Changes the fields given (null: keeps the stored one) in one statement, so that two changes
     * of different fields at once both stay.
     */
    SettingsView update(UUID user, String digest, Boolean onAnswer) {
        Object[] row = (Object[]) em.createNativeQuery("""
                        INSERT INTO email_settings AS s (user_id, digest, on_answer)
                        VALUES (:user, coalesce(cast(:digest AS text), :defaultDigest),
                                coalesce(cast(:onAnswer AS boolean), :defaultOnAnswer))
                        ON CONFLICT (user_id) DO UPDATE
                        SET digest = coalesce(cast(:digest AS text), s.digest),
                            on_answer = coalesce(cast(:onAnswer AS boolean), s.on_answer)
                        RETURNING digest, on_answer""")
                .unwrap(NativeQuery.class)
                .setParameter("user", user)
                .setParameter("digest", digest, StandardBasicTypes.STRING)
                .setParameter("onAnswer", onAnswer, StandardBasicTypes.BOOLEAN)
                .setParameter("defaultDigest", SettingsView.DEFAULTS.emailDigest())
                .setParameter("defaultOnAnswer", SettingsView.DEFAULTS.emailOnAnswer())
                .getSingleResult();
        return view(row);
    }

    private static SettingsView view(Object[] row) {
        return new SettingsView((String) row[0], (Boolean) row[1]);
    }
}
