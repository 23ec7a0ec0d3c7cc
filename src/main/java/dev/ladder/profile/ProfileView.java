package dev.ladder.profile;

import dev.ladder.position.PositionView;
import java.time.Instant;
import java.util.List;

/**
 * A user as everybody may see them: never the email. The counts cover only posts shown under the
 * user's name, so an anonymous post cannot be traced through them. {@code following} is the
 * caller's (null signed out).
 */
public record ProfileView(
        String handle,
        String displayName,
        String avatarUrl,
        String headline,
        List<String> companies,
        List<PositionView> positions,
        int questionCount,
        int answerCount,
        int reputation,
        Instant joinedAt,
        Boolean following) {}
