package dev.ladder.account;

import dev.ladder.common.Timestamps;
import dev.ladder.common.error.ApiException;
import dev.ladder.common.error.DatabaseErrors;
import dev.ladder.common.security.CurrentUser;
import dev.ladder.ratelimit.LimitKind;
import dev.ladder.ratelimit.RateLimits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class AccountService {
    /** No password hashes to this: an erased account cannot log in, whatever is typed. */
    private static final String ERASED_PASSWORD = "!";

    private final UserRepository users;
    private final PasswordHasher passwords;
    private final TokenService tokens;
    private final CurrentUser me;
    private final RateLimits limits;
    private final ErasedAccounts erased;
    private final TransactionSynchronizationRegistry transaction;

    AccountService(
            UserRepository users,
            PasswordHasher passwords,
            TokenService tokens,
            CurrentUser me,
            RateLimits limits,
            ErasedAccounts erased,
            TransactionSynchronizationRegistry transaction) {
        this.users = users;
        this.passwords = passwords;
        this.tokens = tokens;
        this.me = me;
        this.limits = limits;
        this.erased = erased;
        this.transaction = transaction;
    }

    @Transactional
    public TokenResponse register(RegisterRequest request) {
        return tokens.issue(createAccount(request));
    }

    /** A new account with the user role. */
    private User createAccount(RegisterRequest request) {
        if (users.findByHandle(request.handle()).isPresent() || users.handleRetired(request.handle())) {
            throw handleTaken();
        }
        if (users.emailTaken(request.email())) {
            throw emailTaken();
        }
        User user = new User(
                request.handle(),
                request.email().trim(),
                passwords.hash(request.password()),
                request.displayName().trim());
        try {
            users.persistAndFlush(user);
        } catch (PersistenceException e) {
            // Two registrations raced past the checks above: the unique indexes decide.
            throw conflictFrom(e);
        }
        return user;
    }

    /**
     * Counted per login name as typed (in any case), not per account: resolving the account first
     * would let anyone find out which handle and which email share one bucket, that is one account.
     */
    @Transactional
    public TokenResponse login(LoginRequest request) {
        String login = request.login().trim();
        limits.take(LimitKind.LOGIN, login.toLowerCase(Locale.ROOT));
        User user = users.findByLogin(login).orElse(null);
        if (user == null) {
            passwords.spendVerificationTime(request.password());
            throw wrongCredentials();
        }
        if (!passwords.matches(request.password(), user.passwordHash)) {
            throw wrongCredentials();
        }
        return tokens.issue(user);
    }

    /** Not rolled back on a 401: revoking a family after token reuse must stick. */
    @Transactional(dontRollbackOn = ApiException.class)
    public TokenResponse refresh(RefreshTokenRequest request) {
        RefreshToken used = tokens.rotate(request.refreshToken());
        User user = users.findByIdOptional(used.userId)
                .orElseThrow(() -> ApiException.unauthorized("The account is gone."));
        return tokens.issue(user, used.familyId);
    }

    @Transactional
    public void logout(RefreshTokenRequest request) {
        tokens.revoke(request.refreshToken());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public MeView me() {
        return MeView.of(current());
    }

    @Transactional
    public MeView updateMe(UpdateMeRequest request) {
        User user = current();
        request.displayName().ifSent(name -> user.displayName = name.trim());
        request.avatarUrl().ifSent(url -> user.avatarUrl = url == null || url.isEmpty() ? null : url);
        users.flush();
        return MeView.of(user);
    }

    /**
     * Erases the caller's account, proven by its password (counted as a login attempt on its handle,
     * so DELETE /me cannot be used to guess it). The row stays for what points at it (posts, votes,
     * flags), with nothing of the person: a placeholder handle, no email or password, "Deleted
     * user". The email is free for a new account at once; the handle never is (its SHA-256 is kept,
     * so links and @mentions to it cannot be taken over). Every refresh token goes, and access
     * tokens die on every instance once this commits ({@link ErasedAccounts}). The caller's
     * transaction erases the rest of what the account holds with it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void erase(String password) {
        User user = current();
        limits.take(LimitKind.LOGIN, user.handle.toLowerCase(Locale.ROOT));
        if (!passwords.matches(password, user.passwordHash)) {
            throw ApiException.forbidden("The password does not match this account.");
        }
        // As in changeRole: locked first, so two admins erasing themselves at once cannot both go.
        if (user.role == Role.ADMIN && users.lockAdmins().equals(List.of(user.id))) {
            throw lastAdmin();
        }
        users.retireHandle(user.handle);
        tokens.revokeAll(user.id);
        user.handle = "deleted-" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        user.email = null;
        user.passwordHash = ERASED_PASSWORD;
        user.displayName = "Deleted user";
        user.avatarUrl = null;
        user.role = Role.USER;
        user.erasedAt = Timestamps.now();
        users.announceErased(user.id);
        UUID id = user.id;
        transaction.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    erased.add(id); // here at once; other instances when the NOTIFY reaches them
                }
            }
        });
    }

    /** The service always keeps an admin: nobody could appoint one again without a restart. */
    @Transactional
    public RoleView changeRole(String handle, Role role) {
        // Locked before the target is read: of two admins demoting each other at once, the second
        // waits for the first and then finds itself the last admin.
        List<UUID> admins = role == Role.ADMIN ? List.of() : users.lockAdmins();
        User user = requireByHandle(handle);
        if (admins.equals(List.of(user.id))) {
            throw lastAdmin();
        }
        user.role = role;
        return RoleView.of(user);
    }

    /** The account with that handle, or a 404. */
    public User requireByHandle(String handle) {
        return users.findByHandle(handle).orElseThrow(() -> ApiException.notFound("No user has that handle."));
    }

    /** The user's id, if any account has that handle. */
    public Optional<UUID> idOf(String handle) {
        return users.findByHandle(handle).map(u -> u.id);
    }

    /** Public counters count only posts shown under the author's name: callers skip anonymous ones. */
    public void adjustPostCounts(UUID userId, int questions, int answers) {
        users.adjustPostCounts(userId, questions, answers);
    }

    /** A question was withdrawn (-1) or came back (+1): its live answers under a name count with it for their authors. */
    public void countAnswersOf(UUID questionId, int sign) {
        users.countAnswersOf(questionId, sign);
    }

    /** The signed-in user's row; a token for an account that no longer exists is not a valid token. */
    public User current() {
        return users.findByIdOptional(me.id())
                .filter(user -> user.erasedAt == null)
                .orElseThrow(() -> ApiException.unauthorized("The account is gone."));
    }

    private static ApiException lastAdmin() {
        return ApiException.conflict("This is the last admin: appoint another admin first.");
    }

    private static RuntimeException conflictFrom(PersistenceException e) {
        return switch (String.valueOf(DatabaseErrors.violatedConstraint(e))) {
            case "users_handle_key" -> handleTaken();
            case "users_email_key" -> emailTaken();
            default -> e;
        };
    }

    private static ApiException handleTaken() {
        return ApiException.conflict("That handle is taken.");
    }

    private static ApiException emailTaken() {
        return ApiException.conflict("An account with that email exists already.");
    }

    private static ApiException wrongCredentials() {
        return ApiException.unauthorized("Wrong login or password.");
    }
}
