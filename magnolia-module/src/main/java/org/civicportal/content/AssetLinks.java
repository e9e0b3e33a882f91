package org.civicportal.content;

import org.civicportal.webresources.WebResourceImages;

/**
 * Turns an item's image or attachment reference into a link. Editors enter either a URL (path or
 * http(s)) or, in Magnolia, a DAM asset reference ("jcr:&lt;id&gt;"), which only Magnolia can
 * resolve; it binds its own implementation.
 */
public interface AssetLinks {
  /** Accepts URL paths and http(s) URLs, nothing else: the standalone site has no asset manager. */
  AssetLinks URLS_ONLY = Links::pathOrHttpUrl;

  /**
   * The link, or null when the reference cannot be shown (then the image or attachment is left
   * out).
   */
  String link(String reference);

  /**
   * The image a reference names, with the editor's alternative text, or null when it cannot be
   * shown. Its size and smaller versions are known for the module's own web resources ({@link
   * WebResourceImages}).
   */
  default ImageRef image(String reference, String alt) {
    String url = link(reference);
    return url == null ? null : WebResourceImages.image("", url, alt);
  }
}
