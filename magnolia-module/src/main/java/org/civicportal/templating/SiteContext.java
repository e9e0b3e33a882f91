package org.civicportal.templating;

import org.civicportal.content.ContentKind;
import org.civicportal.content.Item;
import org.civicportal.content.ItemSummary;
import org.civicportal.identity.IdentityText;
import org.civicportal.identity.SiteIdentity;
import org.civicportal.search.SearchQuery;
import org.civicportal.webresources.ResourceVersions;

/**
 * What page macros need to know about the site serving them. Magnolia and the standalone each
 * implement it with the one set of link rules, {@link SiteLinks}; macros receive it as {@code site}
 * and never see the framework behind it.
 */
public interface SiteContext {
  /**
   * "vi" or "en" ({@link SiteLinks#LANGUAGES}): the page's {@code <html lang>} and the message
   * bundle used.
   */
  String getLang();

  /** Whether the page is in the site's first language, Vietnamese: the one without URL prefix. */
  default boolean isDefaultLang() {
    return SiteLinks.DEFAULT_LANG.equals(getLang());
  }

  /**
   * The site's name in the page's language, for the header and titles: the agency's name of its
   * identity.
   */
  String getSiteName();

  /**
   * Who publishes the site, from configuration; its emblem already a link ({@link #getEmblemUrl}).
   */
  SiteIdentity getIdentity();

  /** The identity's texts in the page's language. */
  default IdentityText getIdentityText() {
    return getIdentity().text(getLang());
  }

  /** The emblem beside the agency's name: the configured one, else the module's own. */
  default String getEmblemUrl() {
    String configured = getIdentity().getEmblem();
    return configured.isEmpty() ? resource(EMBLEM) : configured;
  }

  /** The module's own emblem, below the web resources. */
  String EMBLEM = "img/civic-emblem.svg";

  /**
   * A static file's versioned URL: {@code path} below the web resources ("css/civic-portal.css"),
   * with the file's version ({@link ResourceVersions}) so that it can be cached for long and still
   * change.
   */
  default String resource(String path) {
    return ResourceVersions.url(getResourcesBase(), path);
  }

  /**
   * Base of the light module's web resources: {@link SiteLinks#RESOURCES_BASE} below the context
   * path.
   */
  String getResourcesBase();

  /** Root of the public JSON API: {@link SiteLinks#API_BASE} below the context path. */
  String getApiBase();

  /** The home page in the page's language. */
  String getHomeHref();

  /** The same page in the other language, for the language switch. */
  String getAlternateLangHref();

  /** Link to an item's page. */
  String href(ItemSummary item);

  /**
   * Absolute URL of an item's page, from configuration (never from request headers): for share
   * links.
   */
  String absoluteUrl(ItemSummary item);

  /** Link to page {@code page} (from 1) of a kind's listing. */
  String listingHref(ContentKind kind, int page);

  /**
   * {@link #listingHref} by the kind's key ("article", "report"): templates cannot name enum
   * constants.
   */
  default String listingHrefFor(String kindKey, int page) {
    return listingHref(ContentKind.valueOf(kindKey.toUpperCase(java.util.Locale.ROOT)), page);
  }

  /** The search page in the page's language. */
  String getSearchHref();

  /** Link to page {@code page} of the hits of {@code query} (its text, type and year). */
  String searchPageHref(SearchQuery query, int page);

  /**
   * The site's base URL from configuration, without trailing slash; "" when none is known, and then
   * the absolute URLs below are site paths (see docs/search-feeds-seo.md on where the base comes
   * from).
   */
  String getSiteUrl();

  /**
   * Absolute URL of this page in the page's language, without query: the canonical URL of most
   * pages.
   */
  String getPageUrl();

  /** Absolute URL of this page in {@code lang} ("vi" or "en"): hreflang alternates. */
  String pageUrlIn(String lang);

  /**
   * {@code href} made absolute: a site path (as {@link #href} gives) on the site URL; http(s) URLs
   * stay.
   */
  String absolute(String href);

  /** Link to a feed ("articles", "reports", "category/{slug}") in the page's language. */
  String feedHref(String feed);

  /**
   * Link to the feed of the category {@code category} (free text); "" when it has no letter or
   * digit.
   */
  String categoryFeedHref(String category);

  /**
   * Absolute URL of the picture share previews show of an item: its image when it has one, else the
   * site's.
   */
  String shareImage(ItemSummary item);

  /** Absolute URL of the site's picture for share previews ({@link SiteLinks#SHARE_IMAGE}). */
  String getDefaultShareImage();

  /** schema.org NewsArticle JSON of an article or report, safe inside a script element. */
  String newsArticleJson(Item item);

  /** The longest text the search takes, for the search boxes' maxlength. */
  default int getSearchMaxLength() {
    return SearchQuery.MAX_LENGTH;
  }

  /** The deepest result page the search offers. */
  default int getSearchMaxPage() {
    return SearchQuery.MAX_PAGE;
  }
}
