package org.civicportal.magnolia;

import info.magnolia.context.WebContext;
import info.magnolia.dam.api.Asset;
import info.magnolia.dam.api.metadata.MagnoliaAssetMetadata;
import info.magnolia.dam.templating.functions.DamTemplatingFunctions;
import javax.inject.Inject;
import javax.inject.Provider;
import org.civicportal.content.AssetLinks;
import org.civicportal.content.ImageRef;
import org.civicportal.webresources.WebResourceImages;

/**
 * Links for images and attachments: DAM asset references ("jcr:{id}") through Magnolia's DAM, URLs
 * as they are. An image from the DAM has the size Magnolia recorded when it was uploaded (its
 * {@link MagnoliaAssetMetadata}); one among the module's web resources ({@code /.resources/...}, as
 * the sample content's) its file's size, below the webapp's context path.
 */
public class MagnoliaAssetLinks implements AssetLinks {
  private static final String ASSET_KEY_PREFIX = "jcr:";

  private final Provider<DamTemplatingFunctions> damfn;
  private final Provider<WebContext> webContext;

  @Inject
  public MagnoliaAssetLinks(
      Provider<DamTemplatingFunctions> damfn, Provider<WebContext> webContext) {
    this.damfn = damfn;
    this.webContext = webContext;
  }

  @Override
  public String link(String reference) {
    if (isAssetKey(reference)) {
      return damfn.get().getAssetLink(reference);
    }
    return URLS_ONLY.link(reference);
  }

  @Override
  public ImageRef image(String reference, String alt) {
    if (isAssetKey(reference)) {
      Asset asset = damfn.get().getAsset(reference);
      if (asset == null || asset.getLink() == null) {
        return null;
      }
      MagnoliaAssetMetadata size =
          asset.supports(MagnoliaAssetMetadata.class)
              ? asset.getMetadata(MagnoliaAssetMetadata.class)
              : null;
      return new ImageRef(
          asset.getLink(),
          alt,
          pixels(size == null ? null : size.getWidth()),
          pixels(size == null ? null : size.getHeight()),
          "");
    }
    String url = URLS_ONLY.link(reference);
    return url == null
        ? null
        : WebResourceImages.image(webContext.get().getContextPath(), url, alt);
  }

  private static boolean isAssetKey(String reference) {
    return reference != null && reference.startsWith(ASSET_KEY_PREFIX);
  }

  private static int pixels(Long value) {
    return value == null || value <= 0 || value > Integer.MAX_VALUE ? 0 : value.intValue();
  }
}
