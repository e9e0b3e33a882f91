package info.magnolia.dam.api.metadata;

/**
 * Stub of Magnolia DAM 3.0.32: the metadata Magnolia's JCR asset provider keeps, of which the image
 * size.
 */
public interface MagnoliaAssetMetadata extends AssetMetadata {
  Long getHeight();

  Long getWidth();
}
