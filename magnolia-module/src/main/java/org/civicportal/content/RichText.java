package org.civicportal.content;

import com.google.common.cache.CacheBuilder;
import com.google.common.cache.CacheLoader;
import com.google.common.cache.LoadingCache;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Editor rich text made safe to print unescaped: an allow-list of formatting, list, table, link and
 * image markup; scripts, event handlers, styles and non-http(s) links are removed, relative links
 * are kept.
 */
public final class RichText {
  // Relative links only survive cleaning when resolved against some base; this one never reaches
  // the output.
  private static final String BASE = "https://civic-portal.invalid/";
  private static final Safelist SAFELIST =
      Safelist.relaxed()
          .removeTags("div", "span")
          .addTags("figure", "figcaption", "hr", "s")
          .addAttributes("th", "scope")
          .addAttributes("td", "headers")
          .removeProtocols("a", "href", "ftp")
          .addEnforcedAttribute("a", "rel", "noopener noreferrer")
          .preserveRelativeLinks(true);
  private static final Document.OutputSettings OUTPUT =
      new Document.OutputSettings().prettyPrint(false);

  /**
   * Characters of markup (input plus output) kept: a few MB, enough for every body a busy site
   * shows.
   */
  private static final long CACHED_CHARS = 4_000_000;

  // Parsing and cleaning is most of the cost of reading an item. The result depends on the markup
  // alone, so it
  // is cached by the markup itself: an edited or re-published text is a new key, no entry is ever
  // stale, and
  // nothing needs to be told about content changes.
  private static final LoadingCache<String, String> CLEANED =
      CacheBuilder.newBuilder()
          .maximumWeight(CACHED_CHARS)
          .weigher((String html, String clean) -> html.length() + clean.length())
          .build(CacheLoader.from(RichText::clean));

  private RichText() {}

  /** The allowed subset of {@code html}; empty for null. */
  public static String sanitize(String html) {
    if (html == null || html.isBlank()) {
      return "";
    }
    return CLEANED.getUnchecked(html);
  }

  private static String clean(String html) {
    return Jsoup.clean(html, BASE, SAFELIST, OUTPUT);
  }
}
