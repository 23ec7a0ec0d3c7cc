package dev.ladder.topic;

import static dev.ladder.common.page.SortColumn.asc;
import static dev.ladder.common.page.SortColumn.desc;

import dev.ladder.common.page.KeyType;
import dev.ladder.common.page.KeysetSort;
import dev.ladder.common.page.SortColumn;
import java.util.Locale;

/**
 * The orders of the topic list: alphabetical (topics_name_idx), or most questions first
 * (topics_popular_idx); topics with the same name or count follow their slugs A to Z.
 */
public enum TopicSort implements KeysetSort<Topic> {
    NAME(asc("lower(p.name)", KeyType.TEXT, t -> t.name.toLowerCase(Locale.ROOT))),
    POPULAR(desc("p.questionCount", KeyType.INTEGER, t -> t.questionCount));

    private static final SortColumn<Topic> SLUG = asc("p.slug", KeyType.TEXT, t -> t.slug);

    private final SortColumn<Topic> key;

    TopicSort(SortColumn<Topic> key) {
        this.key = key;
    }

    @Override
    public SortColumn<Topic> key() {
        return key;
    }

    @Override
    public SortColumn<Topic> tie() {
        return SLUG;
    }
}
