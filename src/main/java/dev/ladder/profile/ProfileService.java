package dev.ladder.profile;

import dev.ladder.account.AccountService;
import dev.ladder.account.User;
import dev.ladder.follow.FollowService;
import dev.ladder.position.Credentials;
import dev.ladder.position.Position;
import dev.ladder.position.PositionService;
import dev.ladder.position.PositionView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

@ApplicationScoped
public class ProfileService {
    private final AccountService accounts;
    private final PositionService positions;
    private final FollowService follows;

    ProfileService(AccountService accounts, PositionService positions, FollowService follows) {
        this.accounts = accounts;
        this.positions = positions;
        this.follows = follows;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ProfileView profile(String handle) {
        User user = accounts.requireByHandle(handle);
        List<Position> history = positions.cvOf(user.id);
        Credentials credentials = Credentials.of(history);
        return new ProfileView(
                user.handle,
                user.displayName,
                user.avatarUrl,
                credentials.headline(),
                credentials.companies(),
                history.stream().map(PositionView::of).toList(),
                user.questionCount,
                user.answerCount,
                user.reputation,
                user.createdAt,
                follows.followsUser(user.id));
    }
}
