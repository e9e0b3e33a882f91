package org.civicportal.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.inject.Inject;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.xml.stream.XMLStreamException;
import org.civicportal.content.ContentKind;
import org.civicportal.seo.ItemIndex;
import org.civicportal.seo.Sitemap;
import org.civicportal.templating.SiteLinks;

/**
 * The sitemap of the civic content (sitemaps.org): the home page, both listings and every article
 * and report, each in Vietnamese and English with alternates. In the standalone at {@code
 * /sitemap.xml}; in Magnolia at {@code /civic-sitemap.xml}, beside whatever sitemap the site's own
 * pages have (docs/search-feeds-seo.md).
 */
public class SitemapServlet extends ReadOnlyServlet {
  private static final long serialVersionUID = 1L;

  private final transient ItemIndex index;
  private final transient SiteAddress address;

  @Inject
  public SitemapServlet(ItemIndex index, SiteAddress address) {
    this.index = index;
    this.address = address;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    SecurityHeaders.staticFile(response);
    String base = address.baseUrl(request);
    Map<String, SiteLinks> sites = new LinkedHashMap<>();
    for (String lang : SiteLinks.LANGUAGES) {
      sites.put(
          lang, SiteLinks.plain(lang, request.getContextPath(), base, address.homePath(), "/"));
    }
    List<Sitemap.Page> pages = new ArrayList<>();
    Date newest = null;
    List<List<ItemIndex.Entry>> entriesByKind = new ArrayList<>();
    for (ContentKind kind : ContentKind.values()) {
      List<ItemIndex.Entry> entries = index.entries(kind);
      entriesByKind.add(entries);
      newest = later(newest, entries.isEmpty() ? null : entries.get(0).lastModified());
    }
    pages.add(page(sites, site -> site.absolute(site.getHomeHref()), newest));
    for (int i = 0; i < entriesByKind.size(); i++) {
      List<ItemIndex.Entry> entries = entriesByKind.get(i);
      ContentKind kind = ContentKind.values()[i];
      pages.add(
          page(
              sites,
              site -> site.absolute(site.listingHref(kind, 1)),
              entries.isEmpty() ? null : entries.get(0).lastModified()));
      for (ItemIndex.Entry entry : entries) {
        pages.add(
            page(
                sites,
                site -> site.absolute(site.itemHref(kind, entry.name())),
                entry.lastModified()));
      }
    }
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    try {
      Sitemap.write(body, pages);
    } catch (XMLStreamException e) {
      throw new IOException("cannot write the sitemap", e);
    }
    response.setContentType("application/xml;charset=UTF-8");
    response.setHeader("Cache-Control", "public, max-age=3600");
    response.setContentLength(body.size());
    body.writeTo(response.getOutputStream());
  }

  private static Sitemap.Page page(
      Map<String, SiteLinks> sites, Function<SiteLinks, String> url, Date changed) {
    Map<String, String> urls = new LinkedHashMap<>();
    sites.forEach((lang, site) -> urls.put(lang, url.apply(site)));
    return new Sitemap.Page(urls, changed);
  }

  private static Date later(Date a, Date b) {
    return a == null ? b : b == null || a.after(b) ? a : b;
  }
}
