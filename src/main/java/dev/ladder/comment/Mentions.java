package dev.ladder.comment;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * The {@code @handle}s a comment mentions: a handle's characters after an @ that no word character
 * precedes (so e-mail addresses are not mentions), in the comment's text but not in its code
 * spans, which quote rather than address. At most {@link #MAX} per comment, the first ones.
 */
final class Mentions {
    static final int MAX = 10;

    private static final Pattern MENTION = Pattern.compile("(?<!\\w)@([A-Za-z0-9_-]{3,30})(?![A-Za-z0-9_-])");
    private static final Parser PARSER =
            Parser.builder().enabledBlockTypes(Set.of()).build();

    private Mentions() {}

    /** The handles mentioned, lower-cased (handles are unique whatever their case), in order of appearance. */
    static Set<String> in(String markdown) {
        Set<String> handles = new LinkedHashSet<>();
        PARSER.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                Matcher matcher = MENTION.matcher(text.getLiteral());
                while (matcher.find() && handles.size() < MAX) {
                    handles.add(matcher.group(1).toLowerCase(Locale.ROOT));
                }
            }
        });
        return handles;
    }
}
