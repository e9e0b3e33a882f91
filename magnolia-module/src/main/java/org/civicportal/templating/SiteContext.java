package org.civicportal.templating;

import org.civicportal.content.ContentKind;
import org.civicportal.content.ItemSummary;
import org.civicportal.identity.IdentityText;
import org.civicportal.identity.SiteIdentity;
import org.civicportal.webresources.ResourceVersions;

/**
 * What page macros need to know about the site serving them. Magnolia and the standalone each implement it with
 * the one set of link rules, {@link SiteLinks}; macros receive it as {@code site} and never see the framework behind
 * it.
 */
public interface SiteContext {
    /** "vi" or "en" ({@link SiteLinks#LANGUAGES}): the page's {@code <html lang>} and the message bundle used. */
    String getLang();

    /** Whether the page is in the site's first language, Vietnamese: the one without URL prefix. */
    default boolean isDefaultLang() {
        return SiteLinks.DEFAULT_LANG.equals(getLang());
    }

    /** The site's name in the page's language, for the header and titles: the agency's name of its identity. */
    String getSiteName();

    /** Who publishes the site, from configuration; its emblem already a link ({@link #getEmblemUrl}). */
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
     * A static file's versioned URL: {@code path} below the web resources ("css/civic-portal.css"), with the
     * file's version ({@link ResourceVersions}) so that it can be cached for long and still change.
     */
    default String resource(String path) {
        return ResourceVersions.url(getResourcesBase(), path);
    }

    /** Base of the light module's web resources: {@link SiteLinks#RESOURCES_BASE} below the context path. */
    String getResourcesBase();

    /** Root of the public JSON API: {@link SiteLinks#API_BASE} below the context path. */
    String getApiBase();

    /** The home page in the page's language. */
    String getHomeHref();

    /** The same page in the other language, for the language switch. */
    String getAlternateLangHref();

    /** Link to an item's page. */
    String href(ItemSummary item);

    /** Absolute URL of an item's page, from configuration (never from request headers): for share links. */
    String absoluteUrl(ItemSummary item);

    /** Link to page {@code page} (from 1) of a kind's listing. */
    String listingHref(ContentKind kind, int page);

    /** {@link #listingHref} by the kind's key ("article", "report"): templates cannot name enum constants. */
    default String listingHrefFor(String kindKey, int page) {
        return listingHref(ContentKind.valueOf(kindKey.toUpperCase(java.util.Locale.ROOT)), page);
    }
}
