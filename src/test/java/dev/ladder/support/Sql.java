package dev.ladder.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Plain JDBC on the test database, for what tests check behind the API's back: the app's own pool
 * in a {@code @QuarkusTest}, a connection of their own in the {@code *IT} tests of the packaged jar.
 */
public final class Sql {
    private final DataSource db;

    public Sql(DataSource db) {
        this.db = db;
    }

    public interface Reader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    public long count(String sql, Object... args) {
        return query(sql, rs -> rs.next() ? rs.getLong(1) : 0L, args);
    }

    public String string(String sql, Object... args) {
        return query(sql, rs -> rs.next() ? rs.getString(1) : null, args);
    }

    /** The first column of every row. */
    public List<String> strings(String sql, Object... args) {
        return query(
                sql,
                rs -> {
                    List<String> rows = new ArrayList<>();
                    while (rs.next()) {
                        rows.add(rs.getString(1));
                    }
                    return rows;
                },
                args);
    }

    /** The first column of each row mapped to the second, as numbers (such as a post's vote rows by handle). */
    public Map<String, Integer> numbersByKey(String sql, Object... args) {
        return query(
                sql,
                rs -> {
                    Map<String, Integer> rows = new HashMap<>();
                    while (rs.next()) {
                        rows.put(rs.getString(1), rs.getInt(2));
                    }
                    return rows;
                },
                args);
    }

    public int update(String sql, Object... args) {
        try (Connection c = db.getConnection();
                PreparedStatement ps = prepare(c, sql, args)) {
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public <T> T query(String sql, Reader<T> reader, Object... args) {
        try (Connection c = db.getConnection();
                PreparedStatement ps = prepare(c, sql, args);
                ResultSet rs = ps.executeQuery()) {
            return reader.read(rs);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, Object[] args) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        for (int i = 0; i < args.length; i++) {
            ps.setObject(i + 1, args[i]);
        }
        return ps;
    }
}
