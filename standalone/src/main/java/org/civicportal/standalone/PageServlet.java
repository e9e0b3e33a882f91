package org.civicportal.standalone;

import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.inject.Inject;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.civicportal.content.ContentKind;
import org.civicportal.content.ContentService;
import org.civicportal.content.Item;
import org.civicportal.content.ItemSummary;
import org.civicportal.content.ResultPage;
import org.civicportal.identity.SiteIdentity;
import org.civicportal.search.SearchAnswer;
import org.civicportal.templating.CivicTemplatingFunctions;
import org.civicportal.templating.PageSize;
import org.civicportal.templating.SiteLinks;
import org.civicportal.templating.TemplateEngine;
import org.civicportal.web.ReadOnlyServlet;
import org.civicportal.web.SecurityHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The public pages: {@code /}, {@code /articles}, {@code /articles/{name}}, {@code /reports},
 * {@code /reports/{name}}, {@code /polls} (the poll archive), {@code /search}, the same under
 * {@code /en}, and a 404 page for everything else. Pages hold no per-visitor state, so they carry a
 * short public cache lifetime like Magnolia's cached pages.
 */
public final class PageServlet extends ReadOnlyServlet {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = LoggerFactory.getLogger(PageServlet.class);
  static final String PAGES = "/org/civicportal/standalone/pages/";

  private final transient ContentService content;
  private final transient TemplateEngine templates;
  private final transient CivicTemplatingFunctions civicfn;
  private final transient CurrentSite currentSite;
  private final String siteUrl;
  private final transient SiteIdentity identity;

  @Inject
  public PageServlet(
      ContentService content,
      TemplateEngine templates,
      CivicTemplatingFunctions civicfn,
      CurrentSite currentSite,
      Options options) {
    this.content = content;
    this.templates = templates;
    this.civicfn = civicfn;
    this.currentSite = currentSite;
    this.siteUrl = options.getSiteUrl();
    this.identity = options.getIdentity();
  }

  private record Page(int status, String template, Map<String, Object> model) {}

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    SecurityHeaders.page(response);
    String path = request.getRequestURI().substring(request.getContextPath().length());
    String otherLangHome = SiteLinks.langPrefix(SiteLinks.OTHER_LANG);
    if (path.equals(otherLangHome)) {
      response.sendRedirect(otherLangHome + "/");
      return;
    }
    String lang = SiteLinks.langOf(path);
    path = SiteLinks.stripSegments(path, SiteLinks.langPrefix(lang));
    StandaloneSiteContext site = new StandaloneSiteContext(lang, identity, siteUrl, path);
    currentSite.set(site);
    try {
      Page page = route(path, request);
      Map<String, Object> model = new HashMap<>(page.model());
      model.put("civicfn", civicfn);
      StringWriter html = new StringWriter();
      templates.render(PAGES + page.template() + ".ftl", site, model, html);
      byte[] body = html.toString().getBytes(StandardCharsets.UTF_8);
      response.setStatus(page.status());
      response.setContentType("text/html;charset=UTF-8");
      response.setHeader("Content-Language", lang);
      response.setHeader("Cache-Control", page.status() == 200 ? "public, max-age=60" : "no-cache");
      response.setContentLength(body.length);
      response.getOutputStream().write(body);
    } catch (TemplateException | RuntimeException e) {
      LOG.error("cannot render {}", request.getRequestURI(), e);
      if (!response.isCommitted()) {
        response.reset();
        response.setHeader("Cache-Control", "no-store");
        SecurityHeaders.page(response);
        response.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
      }
    } finally {
      currentSite.clear();
    }
  }

  private Page route(String path, HttpServletRequest request) {
    String pageParameter = request.getParameter("page");
    if (path.equals(SiteLinks.SEARCH_PATH)) {
      SearchAnswer answer =
          civicfn.search(
              request.getParameter("q"),
              request.getParameter("type"),
              request.getParameter("year"),
              pageParameter);
      return new Page(answer.getStatus(), "search", Map.of("answer", answer));
    }
    if (path.equals("/")) {
      return new Page(
          200,
          "home",
          Map.of(
              "reports", content.latest(ContentKind.REPORT, 1, PageSize.LATEST.getDefault()),
              "articles", content.latest(ContentKind.ARTICLE, 1, PageSize.LATEST.getDefault())));
    }
    if (path.equals("/polls")) {
      return new Page(200, "polls", Map.of());
    }
    Optional<ContentKind> listing = SiteLinks.listing(path);
    if (listing.isPresent()) {
      String kind = listing.get().getKey();
      ResultPage<ItemSummary> page =
          civicfn.listingPage(kind, pageParameter, PageSize.LISTING.getDefault());
      return page == null
          ? notFound()
          : new Page(200, "listing", Map.of("page", page, "kind", kind));
    }
    Optional<SiteLinks.ItemPath> item = SiteLinks.item(path);
    if (item.isPresent()) {
      ContentKind kind = item.get().kind();
      Optional<Item> found = content.findByName(kind, item.get().name());
      if (found.isPresent()) {
        return new Page(
            200,
            kind.getKey(),
            Map.of(
                "item",
                found.get(),
                "related",
                content.related(found.get(), PageSize.RELATED.getDefault())));
      }
    }
    return notFound();
  }

  private static Page notFound() {
    return new Page(404, "notfound", Map.of());
  }
}
