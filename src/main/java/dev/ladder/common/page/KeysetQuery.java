package dev.ladder.common.page;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keyset paging, written once. A list's query (its select, joins and filters) is fetched in the
 * order of a {@link KeysetSort}, starting strictly after the cursor's (key, tie) values rather
 * than at an offset, so page 1000 costs what page 1 costs; it fetches one row more than the page
 * shows, which tells {@link Page} whether a next page exists
 * (with {@link KeysetSort#cursorAfter} as the cursor).
 */
public final class KeysetQuery {
    private final String select;
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new HashMap<>();

    /** {@code select} is everything up to the where clause: the select list, the root and its joins. */
    public KeysetQuery(String select) {
        this.select = select;
    }

    public KeysetQuery where(String condition) {
        conditions.add(condition);
        return this;
    }

    /** A condition with one named parameter. */
    public KeysetQuery where(String condition, String parameter, Object value) {
        parameters.put(parameter, value);
        return where(condition);
    }

    /** The rows of one page after {@code after} (null for the first page), plus one if there are more. */
    public <R> List<R> fetch(EntityManager em, Class<R> rowType, KeysetSort<R> sort, Cursor after, int limit) {
        List<String> where = new ArrayList<>(conditions);
        Map<String, Object> values = new HashMap<>(parameters);
        if (after != null) {
            after.requireSort(sort.name());
            where.add(afterCondition(sort.key(), sort.tie()));
            values.put("afterKey", sort.key().type().read(after, 1));
            values.put("afterTie", sort.tie().type().read(after, 2));
        }
        String hql = select + (where.isEmpty() ? "" : " where " + String.join(" and ", where)) + " order by "
                + sort.key().orderBy() + ", " + sort.tie().orderBy();
        TypedQuery<R> query = em.createQuery(hql, rowType).setMaxResults(limit + 1);
        values.forEach(query::setParameter);
        return query.getResultList();
    }

    /**
     * Rows after (key, tie): a row comparison when both columns run the same way, which an index on
     * them answers as one range; for mixed directions, the same spelled out.
     */
    private static String afterCondition(SortColumn<?> key, SortColumn<?> tie) {
        if (key.descending() == tie.descending()) {
            return "(" + key.path() + ", " + tie.path() + ")" + key.after() + "(:afterKey, :afterTie)";
        }
        return "(" + key.path() + key.after() + ":afterKey or (" + key.path() + " = :afterKey and " + tie.path()
                + tie.after() + ":afterTie))";
    }
}
