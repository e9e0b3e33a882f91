package org.civicportal.magnolia;

import javax.inject.Inject;
import javax.inject.Provider;

import org.civicportal.content.ContentService;
import org.civicportal.web.PageTitles;

/**
 * The statistics' page titles for the site under the module's {@code homePath}, whose pages Magnolia serves as
 * {@code {homePath}.html} and below; read when the statistics servlet is made, so a change applies after a restart.
 */
public class MagnoliaPageTitlesProvider implements Provider<PageTitles> {
    private final ContentService content;
    private final Provider<CivicPortalModule> module;

    @Inject
    public MagnoliaPageTitlesProvider(ContentService content, Provider<CivicPortalModule> module) {
        this.content = content;
        this.module = module;
    }

    @Override
    public PageTitles get() {
        return new PageTitles(content, module.get().getHomePath());
    }
}
