package dev.ladder.profile;

import dev.ladder.account.User;
import dev.ladder.account.UserRepository;
import dev.ladder.common.error.ApiException;
import dev.ladder.position.Credentials;
import dev.ladder.position.Position;
import dev.ladder.position.PositionRepository;
import dev.ladder.position.PositionView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

@ApplicationScoped
public class ProfileService {
    private final UserRepository users;
    private final PositionRepository positions;

    ProfileService(UserRepository users, PositionRepository positions) {
        this.users = users;
        this.positions = positions;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ProfileView profile(String handle) {
        User user = users.findByHandle(handle).orElseThrow(() -> ApiException.notFound("No user has that handle."));
        List<Position> history = positions.listByUser(user.id);
        Credentials credentials = Credentials.of(history);
        return new ProfileView(user.handle, user.displayName, user.avatarUrl, credentials.headline(),
                credentials.companies(), history.stream().map(PositionView::of).toList(),
                user.questionCount, user.answerCount, user.reputation, user.createdAt);
    }
}
