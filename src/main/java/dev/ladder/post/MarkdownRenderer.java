package dev.ladder.post;

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
 */
@ApplicationScoped
public class MarkdownRenderer {
    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(),
            StrikethroughExtension.create(), AutolinkExtension.create());

    private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().extensions(EXTENSIONS)
            .nodeRendererFactory(ImageAsLink::new).escapeHtml(true).sanitizeUrls(true).build();
    private final PolicyFactory policy = new HtmlPolicyBuilder()
            .allowElements("p", "br", "hr", "strong", "em", "del", "code", "pre", "blockquote", "ul", "ol", "li",
                    "h1", "h2", "h3", "h4", "h5", "h6", "a",
                    "table", "thead", "tbody", "tr", "th", "td")
            .allowUrlProtocols("https", "http", "mailto")
            .allowAttributes("href").onElements("a")
            .allowAttributes("start").matching(Pattern.compile("[0-9]{1,9}")).onElements("ol")
            .allowAttributes("align").matching(true, "left", "center", "right").onElements("th", "td")
            .allowAttributes("class").matching(Pattern.compile("language-[A-Za-z0-9_+-]{1,30}")).onElements("code")
            .requireRelsOnLinks("nofollow", "ugc", "noopener", "noreferrer")
            .toFactory();

    /** Sets the post's Markdown body and the HTML rendered from it, which always change together. */
    public void write(Post post, String markdown) {
        post.body = markdown;
        post.bodyHtml = render(markdown);
    }

    String render(String markdown) {
        return policy.sanitize(renderer.render(parser.parse(markdown)));
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
