package dev.ladder.mail;

import dev.ladder.common.error.ApiException;
import dev.ladder.common.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

/** The caller's mail settings, and unsubscribing by link. */
@ApplicationScoped
public class SettingsService {
    private final EmailSettingsRepository settings;
    private final UnsubscribeTokens tokens;
    private final CurrentUser me;

    SettingsService(EmailSettingsRepository settings, UnsubscribeTokens tokens, CurrentUser me) {
        this.settings = settings;
        this.tokens = tokens;
        this.me = me;
    }

    public SettingsView mine() {
        return settings.find(me.id());
    }

    @Transactional
    public SettingsView update(UpdateSettingsRequest request) {
        return settings.update(
                me.id(),
                request.emailDigest().orElse(null),
                request.emailOnAnswer().orElse(null));
    }

    /** Turns off what the link's token names; the same link again changes nothing. */
    @Transactional
    public SettingsView unsubscribe(String token) {
        UnsubscribeTokens.Grant grant = tokens.verify(token);
        try {
            return switch (grant.list()) {
                case DIGEST -> settings.update(grant.reader(), "off", null);
                case ANSWERS -> settings.update(grant.reader(), null, false);
            };
        } catch (PersistenceException accountGone) {
            throw ApiException.notFound("The account this link was sent to no longer exists.");
        }
    }
}
