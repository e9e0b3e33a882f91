package org.civicportal.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.inject.Inject;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.xml.stream.XMLStreamException;
import org.civicportal.content.ContentKind;
import org.civicportal.content.ContentService;
import org.civicportal.content.ItemSummary;
import org.civicportal.seo.RssFeed;
import org.civicportal.seo.Slugs;
import org.civicportal.templating.Messages;
import org.civicportal.templating.SiteLinks;

/**
 * The RSS 2.0 feeds: {@code /rss/articles.xml}, {@code /rss/reports.xml} and {@code
 * /rss/category/{slug}.xml} (the newest items of a category, by the category's URL name), each also
 * under {@code /en} with English channel texts and links; {@code /rss} and {@code /feed} redirect
 * to the articles' feed. Anything else is a 404. Answers are public and cacheable for a few
 * minutes, like the pages.
 */
public class FeedServlet extends ReadOnlyServlet {
  private static final long serialVersionUID = 1L;

  /** Items in a feed. */
  static final int ITEMS = 20;

  /** Newest items looked through for a category's feed. */
  static final int CATEGORY_WINDOW = 100;

  private static final Pattern FEED =
      Pattern.compile("/rss/(articles|reports|category/([a-z0-9]+(?:-[a-z0-9]+)*))\\.xml");

  private final transient ContentService content;
  private final transient SiteAddress address;

  @Inject
  public FeedServlet(ContentService content, SiteAddress address) {
    this.content = content;
    this.address = address;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    String lang = SiteLinks.langOf(path);
    String inLang = SiteLinks.stripSegments(path, SiteLinks.langPrefix(lang));
    SecurityHeaders.staticFile(response);
    if (inLang.equals("/rss")
        || inLang.equals("/rss/")
        || inLang.equals("/feed")
        || inLang.equals("/feed/")) {
      response.setHeader("Cache-Control", "public, max-age=3600");
      response.sendRedirect(
          request.getContextPath() + SiteLinks.langPrefix(lang) + "/rss/articles.xml");
      return;
    }
    Matcher m = FEED.matcher(inLang);
    Messages messages = Messages.load(lang);
    SiteLinks site =
        SiteLinks.plain(
            lang, request.getContextPath(), address.baseUrl(request), address.homePath(), inLang);
    Optional<Feed> feed = m.matches() ? feed(m.group(1), m.group(2), messages) : Optional.empty();
    if (feed.isEmpty()) {
      response.setHeader("Cache-Control", "no-cache");
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    try {
      RssFeed.write(
          body,
          site,
          feed.get().title,
          messages.text("civic.seo.feed.description"),
          site.absolute(path),
          feed.get().items);
    } catch (XMLStreamException e) {
      throw new IOException("cannot write the feed " + path, e);
    }
    response.setContentType("application/rss+xml;charset=UTF-8");
    response.setHeader("Cache-Control", "public, max-age=300");
    response.setContentLength(body.size());
    body.writeTo(response.getOutputStream());
  }

  private record Feed(String title, List<ItemSummary> items) {}

  private Optional<Feed> feed(String name, String categorySlug, Messages messages) {
    if (categorySlug == null) {
      ContentKind kind = name.equals("articles") ? ContentKind.ARTICLE : ContentKind.REPORT;
      return Optional.of(
          new Feed(
              messages.text("civic.site.kind." + kind.getKey()),
              content.latest(kind, 1, ITEMS).getItems()));
    }
    List<ItemSummary> items = new ArrayList<>();
    String category = null;
    for (ItemSummary item : content.latest(null, 1, CATEGORY_WINDOW).getItems()) {
      if (items.size() < ITEMS && Slugs.of(item.getCategory()).equals(categorySlug)) {
        category = category == null ? item.getCategory() : category;
        items.add(item);
      }
    }
    return category == null ? Optional.empty() : Optional.of(new Feed(category, items));
  }
}
