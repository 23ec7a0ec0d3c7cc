package dev.ladder.company;

import static dev.ladder.common.page.SortColumn.asc;

import dev.ladder.common.page.KeyType;
import dev.ladder.common.page.KeysetSort;
import dev.ladder.common.page.SortColumn;
import java.util.Locale;

/** The company list's one order: by name, case-insensitively (companies_name_key); names are unique. */
enum CompanySort implements KeysetSort<Company> {
    NAME;

    private static final SortColumn<Company> KEY =
            asc("lower(c.name)", KeyType.TEXT, c -> c.name.toLowerCase(Locale.ROOT));
    private static final SortColumn<Company> ID = asc("c.id", KeyType.UUID, c -> c.id);

    @Override
    public SortColumn<Company> key() {
        return KEY;
    }

    @Override
    public SortColumn<Company> tie() {
        return ID;
    }
}
