package dev.ladder.common.page;

import dev.ladder.common.error.ApiException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The {@code ?sort=} parameter of the lists: an enum constant's name in lower case, exactly the
 * values openapi.yaml lists, so the contract's enum is the whole truth.
 */
public final class Sorts {
    private Sorts() {}

    /** An unknown value is a 400 naming the sorts there are. */
    public static <S extends Enum<S>> S parse(Class<S> type, String value) {
        for (S sort : type.getEnumConstants()) {
            if (sort.name().toLowerCase(Locale.ROOT).equals(value)) {
                return sort;
            }
        }
        throw ApiException.invalid(
                "sort",
                "must be one of "
                        + Arrays.stream(type.getEnumConstants())
                                .map(s -> s.name().toLowerCase(Locale.ROOT))
                                .collect(Collectors.joining(", ")));
    }
}
