package dev.ladder.position;

import java.util.regex.Pattern;

/** Job titles made more general: "Senior Staff Software Engineer" is a "Software Engineer". */
public final class JobTitles {
    /**
     * Words of seniority, each with the whitespace before it, in a syntax Java and PostgreSQL both
     * read (case-insensitive), so a title is made general the same way in both.
     */
    static final String SENIORITY = "(^|\\s+)(senior|sr\\.?|junior|jr\\.?|staff|principal|chief|distinguished"
            + "|associate|intern|entry[- ]level|mid[- ]level|i{1,3}|iv|[1-9])(?=\\s|,|$)";

    private static final Pattern SENIORITY_WORDS = Pattern.compile(SENIORITY, Pattern.CASE_INSENSITIVE);

    private JobTitles() {}

    /** The title without its seniority words, spaces tidied; empty when nothing else is left. */
    public static String withoutSeniority(String title) {
        return SENIORITY_WORDS
                .matcher(title)
                .replaceAll("")
                .replaceAll("\\s+", " ")
                .replaceAll("^[\\s,]+|[\\s,]+$", "");
    }
}
