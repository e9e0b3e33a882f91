package org.civicportal.magnolia;

import info.magnolia.cms.core.AggregationState;
import info.magnolia.cms.i18n.I18nContentSupport;
import info.magnolia.context.WebContext;
import java.util.Locale;
import javax.inject.Inject;
import javax.inject.Provider;
import org.civicportal.content.AssetLinks;
import org.civicportal.identity.SiteIdentity;
import org.civicportal.templating.SiteContext;
import org.civicportal.web.SiteAddress;

/**
 * The {@link SiteContext} of the page being rendered, made anew on each call from the request's
 * aggregation state (content locale set by Magnolia's i18n support, URI), the site's address
 * ({@link SiteAddress}: site URL, allowed host names, Magnolia's default base URL) and the module's
 * configuration (home path, the site's identity, its emblem resolved through the DAM when it is an
 * asset key). A site whose definition has no i18n enabled gets Magnolia's fallback locale (English)
 * on every page; this portal is Vietnamese first, so such a site is rendered in Vietnamese, and
 * English needs the site's i18n (locales vi and en, vi the fallback).
 */
public class MagnoliaSiteContextProvider implements Provider<SiteContext> {
  private final Provider<AggregationState> aggregationState;
  private final Provider<WebContext> webContext;
  private final Provider<I18nContentSupport> i18n;
  private final Provider<CivicPortalModule> module;
  private final SiteAddress address;
  private final Provider<AssetLinks> assetLinks;

  @Inject
  public MagnoliaSiteContextProvider(
      Provider<AggregationState> aggregationState,
      Provider<WebContext> webContext,
      Provider<I18nContentSupport> i18n,
      Provider<CivicPortalModule> module,
      SiteAddress address,
      Provider<AssetLinks> assetLinks) {
    this.aggregationState = aggregationState;
    this.webContext = webContext;
    this.i18n = i18n;
    this.module = module;
    this.address = address;
    this.assetLinks = assetLinks;
  }

  @Override
  public SiteContext get() {
    AggregationState state = aggregationState.get();
    Locale locale =
        state.getLocale() == null || !i18n.get().isEnabled()
            ? Locale.forLanguageTag(MagnoliaSiteContext.DEFAULT_LANG)
            : state.getLocale();
    CivicPortalModule config = module.get();
    String siteUrl = address.baseUrl(webContext.get().getRequest());
    SiteIdentity identity = config.getIdentity();
    String emblem =
        identity.getEmblem().isEmpty() ? "" : assetLinks.get().link(identity.getEmblem());
    return new MagnoliaSiteContext(
        locale.getLanguage(),
        webContext.get().getContextPath(),
        siteUrl,
        config.getHomePath(),
        state.getOriginalURI(),
        identity.withEmblem(emblem == null ? "" : emblem));
  }
}
