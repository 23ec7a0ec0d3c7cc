package dev.ladder.search;

import dev.ladder.qa.QuestionView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One search result: the question as lists show it, and its title and a snippet (from the
 * question, or from the answer that matched) as HTML-escaped text whose only markup is
 * {@code <mark>} around the words that matched.
 */
@Schema(requiredProperties = {"question", "titleHtml", "snippetHtml"})
public record SearchHit(QuestionView question, String titleHtml, String snippetHtml) {
}
