package org.civicportal.content;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Editor rich text made safe to print unescaped: an allow-list of formatting, list, table, link and image markup;
 * scripts, event handlers, styles and non-http(s) links are removed, relative links are kept.
 */
public final class RichText {
    // Relative links only survive cleaning when resolved against some base; this one never reaches the output.
    private static final String BASE = "https://civic-portal.invalid/";
    private static final Safelist SAFELIST = Safelist.relaxed()
            .removeTags("div", "span")
            .addTags("figure", "figcaption", "hr", "s")
            .addAttributes("th", "scope")
            .addAttributes("td", "headers")
            .removeProtocols("a", "href", "ftp")
            .addEnforcedAttribute("a", "rel", "noopener noreferrer")
            .preserveRelativeLinks(true);
    private static final Document.OutputSettings OUTPUT = new Document.OutputSettings().prettyPrint(false);

    private RichText() {
    }

    /** The allowed subset of {@code html}; empty for null. */
    public static String sanitize(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        return Jsoup.clean(html, BASE, SAFELIST, OUTPUT);
    }
}
