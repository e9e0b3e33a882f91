package org.civicportal.stats;

import java.util.Optional;
import java.util.function.Function;
import javax.inject.Inject;
import org.civicportal.content.ContentKind;
import org.civicportal.content.ContentService;
import org.civicportal.content.Item;
import org.civicportal.templating.Messages;
import org.civicportal.templating.SiteLinks;

/**
 * What the statistics call a counted page path, as the visitor's browser had it. The standalone's
 * pages are the short URLs ({@code /}, {@code /articles}, {@code /reports/{name}}, {@code /polls},
 * the same under {@code /en}); in Magnolia visitors also see the site's own pages: {@code
 * {homePath}.html}, {@code {homePath}/articles.html}, {@code {homePath}/articles/{name}.html},
 * under {@code /en} and the webapp's context path, and any other page of the site, whose title is
 * in the website workspace.
 */
public final class PageTitles {
  private final ContentService content;
  private final String homePath;
  private final Function<String, Optional<String>> sitePageTitles;

  /** The standalone's: the site's home is the root, and it has no other pages. */
  @Inject
  public PageTitles(ContentService content) {
    this(content, "/", page -> Optional.empty());
  }

  /**
   * @param homePath the home page's path in Magnolia's website workspace, e.g. "/civic-portal"; "/"
   *     for the root
   * @param sitePageTitles the title of a page of the site by its path below the home page (e.g.
   *     "/about"), if any
   */
  public PageTitles(
      ContentService content, String homePath, Function<String, Optional<String>> sitePageTitles) {
    this.content = content;
    String trimmed = homePath == null ? "" : homePath.trim();
    this.homePath = trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    this.sitePageTitles = sitePageTitles;
  }

  /** The path's title as {@link #page} gives it: never null. */
  public String title(String path, String contextPath, Messages messages) {
    return page(path, contextPath, messages).getTitle();
  }

  /**
   * The page a counted path names: the article or report with its title, the home page, a listing
   * or the poll archive named in {@code messages}' language, another page of the site with its
   * title, or else the path itself.
   *
   * @param contextPath the webapp's context path ("" at the root), which the counted paths start
   *     with
   */
  public CountedPage page(String path, String contextPath, Messages messages) {
    String inSite = pathInSite(path, contextPath);
    boolean belowHome = homePath.isEmpty() || inSite.startsWith(homePath + "/");
    String page = SiteLinks.stripSegments(inSite, homePath);
    if (page.isEmpty()) {
      return new CountedPage(CountedPage.Type.HOME, messages.text("civic.site.home"), null);
    }
    if (page.equals("/polls")) {
      return new CountedPage(
          CountedPage.Type.LISTING, messages.text("civic.poll.archive.title"), null);
    }
    Optional<ContentKind> listing = SiteLinks.listing(page);
    if (listing.isPresent()) {
      return new CountedPage(
          CountedPage.Type.LISTING,
          messages.text("civic.site.kind." + listing.get().getKey()),
          null);
    }
    Optional<Item> item = SiteLinks.item(page).flatMap(i -> content.findByName(i.kind(), i.name()));
    if (item.isPresent()) {
      String title = item.get().getTitle();
      return new CountedPage(
          CountedPage.Type.ITEM,
          title == null || title.isBlank() ? item.get().getName() : title,
          item.get());
    }
    Optional<String> other = belowHome ? sitePageTitles.apply(page) : Optional.empty();
    return other
        .filter(t -> !t.isBlank())
        .map(t -> new CountedPage(CountedPage.Type.PAGE, t, null))
        .orElseGet(() -> new CountedPage(CountedPage.Type.UNKNOWN, path, null));
  }

  /** The path without context path, language, extension or trailing slash. */
  private static String pathInSite(String path, String contextPath) {
    String page = SiteLinks.stripSegments(path, contextPath);
    page = SiteLinks.stripSegments(page, SiteLinks.langPrefix(SiteLinks.OTHER_LANG));
    if (page.endsWith(SiteLinks.PAGE_EXTENSION)) {
      page = page.substring(0, page.length() - SiteLinks.PAGE_EXTENSION.length());
    }
    if (page.endsWith("/")) {
      page = page.substring(0, page.length() - 1);
    }
    return page;
  }
}
