package dev.ladder.post;

import dev.ladder.common.error.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * CommonMark (with GFM tables, strikethrough and autolinks) to HTML that any client can insert as
 * it is. Two layers: raw HTML in the Markdown is escaped, and the output still goes through an
 * allow-list sanitizer, so no script, event handler, style, iframe or javascript:/data: URL
 * survives. Links get rel="nofollow ugc noopener noreferrer". Images become plain links to the
 * image: an embedded image loads from whatever host the writer picked, which would learn the address
 * of everybody reading the post (anonymous askers included). Rendered once, when a post is written.
 * Nesting is capped: the renderer recurses once per level (a stack overflow) and the sanitizer
 * silently drops what nests past 256 elements (lost text).
 */
@ApplicationScoped
public class MarkdownRenderer {
    /** Quotes, list items, emphasis and links inside each other: far more than any real post needs. */
    public static final int MAX_NESTING = 50;

    private static final List<Extension> EXTENSIONS =
            List.of(TablesExtension.create(), StrikethroughExtension.create(), AutolinkExtension.create());

    /**
     * Stops opening blocks just past the limit (the rest reads as text, and the document is still
     * too deep to pass), so 10,000 nested list items parse in milliseconds rather than a second.
     */
    private final Parser parser = Parser.builder()
            .extensions(EXTENSIONS)
            .maxOpenBlockParsers(MAX_NESTING + 1)
            .build();

    /**
     * Inline Markdown only, for comments: links, emphasis and code spans. No block but paragraphs
     * is recognised, so headings, lists, quotes and code blocks read as the text they were typed as.
     */
    private final Parser inlineParser = Parser.builder()
            .extensions(List.of(StrikethroughExtension.create(), AutolinkExtension.create()))
            .enabledBlockTypes(Set.of())
            .build();

    private final HtmlRenderer renderer = HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            .nodeRendererFactory(ImageAsLink::new)
            .escapeHtml(true)
            .sanitizeUrls(true)
            .build();
    private final PolicyFactory policy = new HtmlPolicyBuilder()
            .allowElements(
                    "p",
                    "br",
                    "hr",
                    "strong",
                    "em",
                    "del",
                    "code",
                    "pre",
                    "blockquote",
                    "ul",
                    "ol",
                    "li",
                    "h1",
                    "h2",
                    "h3",
                    "h4",
                    "h5",
                    "h6",
                    "a",
                    "table",
                    "thead",
                    "tbody",
                    "tr",
                    "th",
                    "td")
            .allowUrlProtocols("https", "http", "mailto")
            .allowAttributes("href")
            .onElements("a")
            .allowAttributes("start")
            .matching(Pattern.compile("[0-9]{1,9}"))
            .onElements("ol")
            .allowAttributes("align")
            .matching(true, "left", "center", "right")
            .onElements("th", "td")
            .allowAttributes("class")
            .matching(Pattern.compile("language-[A-Za-z0-9_+-]{1,30}"))
            .onElements("code")
            .requireRelsOnLinks("nofollow", "ugc", "noopener", "noreferrer")
            .toFactory();

    /** Sets the post's Markdown body and the HTML rendered from it, which always change together. */
    public void write(Post post, String markdown) {
        post.body = markdown;
        post.bodyHtml = render(markdown);
    }

    /** The sanitized HTML of a Markdown body. */
    public String render(String markdown) {
        return render(parser, markdown);
    }

    /** The sanitized HTML of inline Markdown (a comment); images become links, as in bodies. */
    public String renderInline(String markdown) {
        return render(inlineParser, markdown);
    }

    private String render(Parser parser, String markdown) {
        Node document = parse(parser, markdown);
        if (deeperThan(document, MAX_NESTING)) {
            throw tooDeep();
        }
        return policy.sanitize(renderer.render(document));
    }

    private static Node parse(Parser parser, String markdown) {
        try {
            return parser.parse(markdown);
        } catch (StackOverflowError e) {
            // The inline parser recurses once per level of nested emphasis ("***...x...***"): whether
            // 15,000 levels fit a thread's stack depends on how much of it the JIT has compiled yet.
            // The parse shares no state with anything, so failing the request leaves nothing behind.
            throw tooDeep();
        }
    }

    /** Walks the tree without recursion: a document too deep for the recursive renderer must still be measurable. */
    private static boolean deeperThan(Node root, int limit) {
        int depth = 0;
        Node node = root;
        while (true) {
            if (node.getFirstChild() != null) {
                node = node.getFirstChild();
                if (++depth > limit) {
                    return true;
                }
                continue;
            }
            while (node != root && node.getNext() == null) {
                node = node.getParent();
                depth--;
            }
            if (node == root) {
                return false;
            }
            node = node.getNext();
        }
    }

    private static ApiException tooDeep() {
        return ApiException.invalid(
                "body", "must not nest quotes, lists, emphasis or links more than " + MAX_NESTING + " levels deep");
    }

    /** {@code ![alt](url)} renders as {@code <a href="url">alt</a>}, or the url itself when there is no alt text. */
    private static final class ImageAsLink implements NodeRenderer {
        private final HtmlNodeRendererContext context;

        ImageAsLink(HtmlNodeRendererContext context) {
            this.context = context;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Image.class);
        }

        @Override
        public void render(Node node) {
            String url = context.encodeUrl(((Image) node).getDestination());
            HtmlWriter html = context.getWriter();
            html.tag("a", Map.of("href", url));
            if (node.getFirstChild() == null) {
                html.text(url);
            }
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                context.render(child);
            }
            html.tag("/a");
        }
    }
}
