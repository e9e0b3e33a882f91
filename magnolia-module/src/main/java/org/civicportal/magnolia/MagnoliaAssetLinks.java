package org.civicportal.magnolia;

import javax.inject.Inject;
import javax.inject.Provider;

import info.magnolia.dam.templating.functions.DamTemplatingFunctions;

import org.civicportal.content.AssetLinks;

/** Links for images and attachments: DAM asset references ("jcr:{id}") through Magnolia's DAM, URLs as they are. */
public class MagnoliaAssetLinks implements AssetLinks {
    private static final String ASSET_KEY_PREFIX = "jcr:";

    private final Provider<DamTemplatingFunctions> damfn;

    @Inject
    public MagnoliaAssetLinks(Provider<DamTemplatingFunctions> damfn) {
        this.damfn = damfn;
    }

    @Override
    public String link(String reference) {
        if (reference != null && reference.startsWith(ASSET_KEY_PREFIX)) {
            return damfn.get().getAssetLink(reference);
        }
        return URLS_ONLY.link(reference);
    }
}
