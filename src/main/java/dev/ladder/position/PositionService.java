package dev.ladder.position;

import dev.ladder.common.Text;
import dev.ladder.common.Timestamps;
import dev.ladder.common.error.ApiException;
import dev.ladder.common.error.DatabaseErrors;
import dev.ladder.common.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class PositionService {
    /** Plenty for any real CV; keeps one account from growing without bound. */
    static final int MAX_POSITIONS = 50;

    private final PositionRepository positions;
    private final CurrentUser me;

    PositionService(PositionRepository positions, CurrentUser me) {
        this.positions = positions;
        this.me = me;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PositionView> mine() {
        return positions.listByUser(me.id()).stream().map(PositionView::of).toList();
    }

    /** A user's positions, most recent first, as their CV reads. */
    public List<Position> cvOf(UUID userId) {
        return positions.listByUser(userId);
    }

    /** Users holding a current position with this title and (unless null) stage, counted up to {@code enough}. */
    public long currentHolders(String title, String stage, int enough) {
        return positions.currentHolders(title, stage, enough);
    }

    /** Users whose current title is {@code general} once seniority is taken out, counted up to {@code enough}. */
    public long currentHoldersOfGeneralTitle(String general, int enough) {
        return positions.currentHoldersOfGeneralTitle(general, enough);
    }

    /** The CVs of many users in one query. */
    public Map<UUID, List<Position>> cvsOf(Collection<UUID> userIds) {
        return positions.listByUsers(userIds);
    }

    @Transactional
    public PositionView add(CreatePositionRequest request) {
        UUID userId = me.id();
        if (positions.countByUser(userId) >= MAX_POSITIONS) {
            throw ApiException.conflict("An account can list at most " + MAX_POSITIONS + " positions.");
        }
        Position position = new Position(userId);
        position.company = request.company().strip();
        position.title = request.title().strip();
        position.level = Text.trimToNull(request.level());
        position.companyStage = Text.trimToNull(request.companyStage());
        position.setStart(request.startDate());
        position.setEnd(request.endDate());
        return save(position);
    }

    @Transactional
    public PositionView update(UUID id, UpdatePositionRequest request) {
        Position position = requireMine(id);
        request.company().ifSent(company -> {
            if (!position.company.equalsIgnoreCase(company.strip())) {
                // The proof was for the old company.
                position.verifiedDomain = null;
                position.verifiedAt = null;
            }
            position.company = company.strip();
        });
        request.title().ifSent(title -> position.title = title.strip());
        request.startDate().ifSent(position::setStart);
        request.level().ifSent(level -> position.level = Text.trimToNull(level));
        request.companyStage().ifSent(stage -> position.companyStage = Text.trimToNull(stage));
        request.endDate().ifSent(position::setEnd);
        return save(position);
    }

    @Transactional
    public void delete(UUID id) {
        positions.delete(requireMine(id));
    }

    /** One of the caller's positions, or a 404 (another user's position is a 404 as well). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Position requireMine(UUID id) {
        return positions
                .findOwned(id, me.id())
                .orElseThrow(() -> ApiException.notFound("You have no position with that id."));
    }

    /** Marks the position proven by a code mailed to {@code domain}, in the caller's transaction. */
    public PositionView verify(Position position, String domain) {
        position.verifiedDomain = domain;
        position.verifiedAt = Timestamps.now();
        return PositionView.of(position);
    }

    private PositionView save(Position position) {
        YearMonth thisMonth = YearMonth.now(ZoneOffset.UTC);
        if (position.start().isAfter(thisMonth)) {
            throw ApiException.invalid("startDate", "must not be in the future");
        }
        if (position.end() != null && position.end().isAfter(thisMonth)) {
            throw ApiException.invalid("endDate", "must not be in the future; leave it out for a current position");
        }
        if (position.end() != null && position.end().isBefore(position.start())) {
            throw ApiException.invalid("endDate", "must not be before startDate");
        }
        try {
            // Inside the try: the check's query flushes the pending change, and the partial unique
            // index decides races between two requests.
            if (position.current() && positions.hasOtherCurrentAt(position.userId, position.company, position.id)) {
                throw currentTwice(position);
            }
            positions.persistAndFlush(position);
        } catch (PersistenceException e) {
            if ("positions_one_current_per_company".equals(DatabaseErrors.violatedConstraint(e))) {
                throw currentTwice(position);
            }
            throw e;
        }
        return PositionView.of(position);
    }

    private static ApiException currentTwice(Position position) {
        return ApiException.conflict(
                "You already have a current position at " + position.company + ": end it or edit it instead.");
    }
}
