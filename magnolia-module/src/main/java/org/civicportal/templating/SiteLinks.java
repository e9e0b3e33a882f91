package org.civicportal.templating;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.civicportal.content.ContentKind;
import org.civicportal.content.Item;
import org.civicportal.content.ItemSummary;
import org.civicportal.content.Links;
import org.civicportal.identity.IdentityText;
import org.civicportal.identity.SiteIdentity;
import org.civicportal.search.SearchQuery;
import org.civicportal.seo.NewsArticleJson;
import org.civicportal.seo.Slugs;

/**
 * The site's link rules, one set for Magnolia and the standalone, which each extend it with where
 * they get the page's language, context path and path from. Vietnamese is the default language (no
 * URL prefix), English lives under {@code /en}; items and listings have short URLs ({@code
 * /articles/{name}}, {@code /reports?page=2}); the home page is the site's root or, in Magnolia,
 * its page at {@code homePath} ({@code /civic-portal.html}). The paths read back ({@link #item},
 * {@link #listing}, {@link #pageNumber}) are the ones built here.
 */
public abstract class SiteLinks implements SiteContext {
  /** The site's first language: its pages have no language prefix. */
  public static final String DEFAULT_LANG = "vi";

  /** The site's second language, under {@code /en}. */
  public static final String OTHER_LANG = "en";

  public static final List<String> LANGUAGES = List.of(DEFAULT_LANG, OTHER_LANG);

  /** Where the light module's web resources are served, below the context path. */
  public static final String RESOURCES_BASE = "/.resources/civic-portal/webresources";

  /** Root of the public JSON API, below the context path. */
  public static final String API_BASE = "/.civic/api";

  /** Magnolia's suffix of page URLs. */
  public static final String PAGE_EXTENSION = ".html";

  /** The site's picture for share previews (1200 x 630), below the web resources' base. */
  public static final String SHARE_IMAGE = "/img/civic-share.png";

  /** The search page's path in a language. */
  public static final String SEARCH_PATH = "/search";

  /**
   * Where the RSS feeds are in a language: {@code /rss/articles.xml}, {@code /en/rss/reports.xml}.
   */
  public static final String FEEDS_PATH = "/rss";

  /** A listing's {@code ?page=} value: a whole number from 1, as the pager writes it. */
  private static final Pattern PAGE_NUMBER = Pattern.compile("[1-9][0-9]{0,5}");

  private final String lang;
  private final SiteIdentity identity;
  private final String contextPath;
  private final String siteUrl;
  private final String homePath;
  private final String pathInLang;

  /**
   * @param lang the page's language, {@link #DEFAULT_LANG} or {@link #OTHER_LANG}
   * @param identity who publishes the site, its emblem a link (or blank for the module's own)
   * @param contextPath the webapp's context path, "" at the root
   * @param siteUrl absolute base URL of the public site, from configuration (never from request
   *     headers)
   * @param homePath the home page's path: "/" for the site's root, else Magnolia's page path
   *     ("/civic-portal")
   * @param pathInLang the page's path without context path and language prefix ("/",
   *     "/articles/x"), for the language switch
   */
  protected SiteLinks(
      String lang,
      SiteIdentity identity,
      String contextPath,
      String siteUrl,
      String homePath,
      String pathInLang) {
    if (!LANGUAGES.contains(lang)) {
      throw new IllegalArgumentException("unsupported language " + lang);
    }
    this.lang = lang;
    this.identity = identity;
    this.contextPath = stripTrailingSlash(contextPath == null ? "" : contextPath);
    this.siteUrl = stripTrailingSlash(siteUrl == null ? "" : siteUrl);
    this.homePath = stripTrailingSlash(homePath == null ? "" : homePath.trim());
    this.pathInLang = pathInLang.startsWith("/") ? pathInLang : "/" + pathInLang;
  }

  /**
   * The link rules alone, for answers that are not pages (feeds, the sitemap): they use the links
   * only, so the identity is the demo's; other arguments as the constructor's.
   */
  public static SiteLinks plain(
      String lang, String contextPath, String siteUrl, String homePath, String pathInLang) {
    return new SiteLinks(lang, SiteIdentity.demo(), contextPath, siteUrl, homePath, pathInLang) {};
  }

  @Override
  public String getLang() {
    return lang;
  }

  /**
   * Declared in the class too: FreeMarker's bean wrappers before 2.3.26 see no interface default
   * methods.
   */
  @Override
  public boolean isDefaultLang() {
    return DEFAULT_LANG.equals(lang);
  }

  @Override
  public String getSiteName() {
    return identity.text(lang).getAgencyName();
  }

  @Override
  public SiteIdentity getIdentity() {
    return identity;
  }

  // The defaults declared in the class too: FreeMarker's bean wrappers before 2.3.26 see no
  // interface defaults.
  @Override
  public IdentityText getIdentityText() {
    return SiteContext.super.getIdentityText();
  }

  @Override
  public String getEmblemUrl() {
    return SiteContext.super.getEmblemUrl();
  }

  @Override
  public String resource(String path) {
    return SiteContext.super.resource(path);
  }

  @Override
  public String getResourcesBase() {
    return contextPath + RESOURCES_BASE;
  }

  @Override
  public String getApiBase() {
    return contextPath + API_BASE;
  }

  @Override
  public String getHomeHref() {
    return contextPath + langPrefix(lang) + (homePath.isEmpty() ? "/" : homePath + PAGE_EXTENSION);
  }

  @Override
  public String getAlternateLangHref() {
    return contextPath
        + langPrefix(DEFAULT_LANG.equals(lang) ? OTHER_LANG : DEFAULT_LANG)
        + pathInLang;
  }

  @Override
  public String href(ItemSummary item) {
    return contextPath + langPrefix(lang) + itemPath(item);
  }

  /** Link to the item of {@code kind} named {@code name}. */
  public String itemHref(ContentKind kind, String name) {
    return contextPath + langPrefix(lang) + itemPath(kind, name);
  }

  @Override
  public String absoluteUrl(ItemSummary item) {
    return siteUrl + langPrefix(lang) + itemPath(item);
  }

  @Override
  public String listingHref(ContentKind kind, int page) {
    return contextPath
        + langPrefix(lang)
        + "/"
        + kind.getPathSegment()
        + (page > 1 ? "?page=" + page : "");
  }

  @Override
  public String getSearchHref() {
    return contextPath + langPrefix(lang) + SEARCH_PATH;
  }

  @Override
  public String searchPageHref(SearchQuery query, int page) {
    StringBuilder href =
        new StringBuilder(getSearchHref()).append("?q=").append(encode(query.getText()));
    if (!query.getType().isEmpty()) {
      href.append("&type=").append(query.getType());
    }
    if (!query.getYearText().isEmpty()) {
      href.append("&year=").append(query.getYearText());
    }
    return page > 1 ? href.append("&page=").append(page).toString() : href.toString();
  }

  @Override
  public String getSiteUrl() {
    return siteUrl;
  }

  @Override
  public String getPageUrl() {
    return pageUrlIn(lang);
  }

  @Override
  public String pageUrlIn(String language) {
    return siteUrl + langPrefix(language) + pathInLang;
  }

  @Override
  public String absolute(String href) {
    if (href == null || href.isBlank()) {
      return "";
    }
    if (Links.httpUrl(href) != null) {
      return href.trim();
    }
    String path = Links.pathOrHttpUrl(href);
    return path == null ? "" : siteUrl + stripSegments(path, contextPath);
  }

  @Override
  public String feedHref(String feed) {
    return contextPath + langPrefix(lang) + FEEDS_PATH + "/" + feed + ".xml";
  }

  @Override
  public String categoryFeedHref(String category) {
    String slug = Slugs.of(category);
    return slug.isEmpty() ? "" : feedHref("category/" + slug);
  }

  @Override
  public String shareImage(ItemSummary item) {
    String own = item == null || item.getImage() == null ? "" : absolute(item.getImage().getUrl());
    return own.isEmpty() ? getDefaultShareImage() : own;
  }

  @Override
  public String getDefaultShareImage() {
    return absolute(getResourcesBase() + SHARE_IMAGE);
  }

  @Override
  public String newsArticleJson(Item item) {
    return NewsArticleJson.of(item, absoluteUrl(item), shareImage(item), lang, getSiteName());
  }

  /**
   * Declared in the class too: FreeMarker's bean wrappers before 2.3.26 see no interface default
   * methods.
   */
  @Override
  public int getSearchMaxLength() {
    return SearchQuery.MAX_LENGTH;
  }

  @Override
  public int getSearchMaxPage() {
    return SearchQuery.MAX_PAGE;
  }

  /**
   * An item's path in the default language and without context path: "/reports/{name}", the name
   * URL-encoded.
   */
  public static String itemPath(ItemSummary item) {
    return itemPath(item.getKind(), item.getName());
  }

  private static String itemPath(ContentKind kind, String name) {
    return "/" + kind.getPathSegment() + "/" + URLEncoder.encode(name, StandardCharsets.UTF_8);
  }

  /** "" for the default language, "/en" for the other. */
  public static String langPrefix(String lang) {
    return DEFAULT_LANG.equals(lang) ? "" : "/" + lang;
  }

  /**
   * The language a path (without context path) is in: {@link #OTHER_LANG} for "/en" and below it.
   */
  public static String langOf(String path) {
    String prefix = langPrefix(OTHER_LANG);
    return path.equals(prefix) || path.startsWith(prefix + "/") ? OTHER_LANG : DEFAULT_LANG;
  }

  /**
   * A visitor's path without context path, language prefix, query or fragment: "/" at least. The
   * context path is taken off only as whole segments ("/magnoliaPublic" off "/magnoliaPublic/x",
   * not off "/magnoliaPublicity").
   */
  public static String pathInLang(String contextPath, String requestUri) {
    String context = stripTrailingSlash(contextPath == null ? "" : contextPath);
    String path = requestUri == null ? "" : requestUri;
    int cut = indexOfAny(path, '?', '#');
    if (cut >= 0) {
      path = path.substring(0, cut);
    }
    path = stripSegments(path, context);
    path = stripSegments(path, langPrefix(langOf(path)));
    return path.startsWith("/") ? path : "/" + path;
  }

  /**
   * {@code path} without a leading {@code prefix} of whole segments ("/en" off "/en/x" and "/en",
   * not "/entry").
   */
  public static String stripSegments(String path, String prefix) {
    boolean starts = !prefix.isEmpty() && (path.equals(prefix) || path.startsWith(prefix + "/"));
    return starts ? path.substring(prefix.length()) : path;
  }

  /** The kind whose listing a path in the page's language names ("/articles"), if it names one. */
  public static Optional<ContentKind> listing(String pathInLang) {
    String[] segments = pathInLang.split("/", -1);
    return segments.length == 2 && segments[0].isEmpty()
        ? ContentKind.ofPathSegment(segments[1])
        : Optional.empty();
  }

  /** The item a path in the page's language names ("/reports/{name}"), if it is an item's path. */
  public static Optional<ItemPath> item(String pathInLang) {
    String[] segments = pathInLang.split("/", -1);
    if (segments.length != 3 || !segments[0].isEmpty() || !ContentKind.isItemName(segments[2])) {
      return Optional.empty();
    }
    return ContentKind.ofPathSegment(segments[1]).map(kind -> new ItemPath(kind, segments[2]));
  }

  /** What an item's path names: its kind and its name. */
  public record ItemPath(ContentKind kind, String name) {}

  /**
   * The listing page a {@code ?page=} value names: 1 when there is none, 0 when it names no page
   * (anything but the whole numbers the pager writes: "abc", "0", "01", "1.0").
   */
  public static int pageNumber(String parameter) {
    if (parameter == null) {
      return 1;
    }
    return PAGE_NUMBER.matcher(parameter).matches() ? Integer.parseInt(parameter) : 0;
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static int indexOfAny(String s, char a, char b) {
    int i = s.indexOf(a);
    int j = s.indexOf(b);
    return i < 0 ? j : j < 0 ? i : Math.min(i, j);
  }

  private static String stripTrailingSlash(String s) {
    return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
  }
}
