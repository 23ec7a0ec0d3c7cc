package dev.ladder.common.page;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/** The {@code limit} and {@code cursor} query parameters every list takes. A limit over 100 is a 400. */
public class PageRequest {
    public static final int MAX_LIMIT = 100;

    @QueryParam("limit")
    @DefaultValue("20")
    @Min(1)
    @Max(MAX_LIMIT)
    public int limit;

    @QueryParam("cursor")
    public String cursor;

    public Cursor cursor(int keyCount) {
        return Cursor.decode(cursor, keyCount);
    }
}
