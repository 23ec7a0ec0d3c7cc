package dev.ladder.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Rows for one table, inserted by a single statement however many there are: each column travels
 * as one text array, which PostgreSQL unnests and casts back to the column's type.
 */
final class TableRows {
    private final String table;
    private final String[] names;
    private final String[] types;
    private final List<List<String>> columns = new ArrayList<>();

    /** {@code columns}: "name type" each, such as "id uuid" or "author_companies varchar[]". */
    TableRows(String table, String... columns) {
        this.table = table;
        this.names = Arrays.stream(columns).map(c -> c.split(" ")[0]).toArray(String[]::new);
        this.types = Arrays.stream(columns).map(c -> c.split(" ")[1]).toArray(String[]::new);
        for (int i = 0; i < columns.length; i++) {
            this.columns.add(new ArrayList<>());
        }
    }

    /** One row, its values in the order of the columns (null, strings, numbers, booleans, ids, dates, instants, string arrays). */
    void add(Object... values) {
        if (values.length != names.length) {
            throw new IllegalArgumentException(table + " has " + names.length + " columns, not " + values.length);
        }
        for (int i = 0; i < values.length; i++) {
            columns.get(i).add(text(values[i]));
        }
    }

    int size() {
        return columns.get(0).size();
    }

    void insert(Connection connection) throws SQLException {
        int n = names.length;
        String sql = "INSERT INTO %s (%s) SELECT %s FROM unnest(%s) AS r(%s)"
                .formatted(
                        table,
                        String.join(", ", names),
                        IntStream.range(0, n)
                                .mapToObj(i -> "c" + i + "::" + types[i])
                                .collect(Collectors.joining(", ")),
                        String.join(", ", Collections.nCopies(n, "?::text[]")),
                        IntStream.range(0, n).mapToObj(i -> "c" + i).collect(Collectors.joining(", ")));
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (int i = 0; i < n; i++) {
                insert.setArray(
                        i + 1, connection.createArrayOf("text", columns.get(i).toArray()));
            }
            insert.executeUpdate();
        }
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant instant) {
            return instant.atOffset(ZoneOffset.UTC).toString();
        }
        if (value instanceof String[] array) {
            // An array literal: every element quoted, with its quotes and backslashes escaped.
            return Arrays.stream(array)
                    .map(s -> '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"')
                    .collect(Collectors.joining(",", "{", "}"));
        }
        return value.toString();
    }
}
