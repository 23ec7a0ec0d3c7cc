package dev.ladder.search;

import dev.ladder.qa.QuestionView;

/**
 * One search result: the question as lists show it, and its title and a snippet (from the
 * question, or from the answer that matched) as HTML-escaped text whose only markup is
 * {@code <mark>} around the words that matched.
 */
public record SearchHit(QuestionView question, String titleHtml, String snippetHtml) {}
