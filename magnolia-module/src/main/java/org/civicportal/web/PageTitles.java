package org.civicportal.web;

import java.util.Optional;

import javax.inject.Inject;

import org.civicportal.content.Item;
import org.civicportal.content.ContentKind;
import org.civicportal.content.ContentService;
import org.civicportal.templating.Messages;
import org.civicportal.templating.SiteLinks;

/**
 * What the statistics call a counted page path, as the visitor's browser had it. The standalone's pages are the
 * short URLs ({@code /}, {@code /articles}, {@code /reports/{name}}, {@code /polls}, the same under {@code /en});
 * in Magnolia visitors also see the site's own pages: {@code {homePath}.html}, {@code {homePath}/articles.html},
 * {@code {homePath}/articles/{name}.html}, under {@code /en} and the webapp's context path.
 */
public final class PageTitles {
    private final ContentService content;
    private final String homePath;

    /** The standalone's: the site's home is the root. */
    @Inject
    public PageTitles(ContentService content) {
        this(content, "/");
    }

    /** @param homePath the home page's path in Magnolia's website workspace, e.g. "/civic-portal"; "/" for the root */
    public PageTitles(ContentService content, String homePath) {
        this.content = content;
        String trimmed = homePath == null ? "" : homePath.trim();
        this.homePath = trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }

    /**
     * The title of the article or report the path names, the name of the home page, a listing or the poll archive in
     * {@code messages}' language, or else the path itself: never null.
     *
     * @param contextPath the webapp's context path ("" at the root), which the counted paths start with
     */
    public String title(String path, String contextPath, Messages messages) {
        String page = sitePath(path, contextPath);
        if (page.isEmpty()) {
            return messages.text("civic.site.home");
        }
        if (page.equals("/polls")) {
            return messages.text("civic.poll.archive.title");
        }
        Optional<ContentKind> listing = SiteLinks.listing(page);
        if (listing.isPresent()) {
            return messages.text("civic.site.kind." + listing.get().getKey());
        }
        return SiteLinks.item(page)
                .map(item -> content.findByName(item.kind(), item.name()).map(Item::getTitle).orElse(path))
                .orElse(path);
    }

    /** The page below the site's home, "" for the home itself, without context path, language or extension. */
    private String sitePath(String path, String contextPath) {
        String page = SiteLinks.stripSegments(path, contextPath);
        page = SiteLinks.stripSegments(page, SiteLinks.langPrefix(SiteLinks.OTHER_LANG));
        if (page.endsWith(SiteLinks.PAGE_EXTENSION)) {
            page = page.substring(0, page.length() - SiteLinks.PAGE_EXTENSION.length());
        }
        if (page.endsWith("/")) {
            page = page.substring(0, page.length() - 1);
        }
        return SiteLinks.stripSegments(page, homePath);
    }
}
