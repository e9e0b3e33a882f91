package info.magnolia.dam.api;

import info.magnolia.dam.api.metadata.AssetMetadata;

/**
 * Stub of Magnolia DAM 3.0.32 (shipped with Magnolia 6.2.45): only the members civic-portal uses.
 */
public interface Asset extends Item {
  String getLink();

  <M extends AssetMetadata> boolean supports(Class<M> metaData);

  <M extends AssetMetadata> M getMetadata(Class<M> metaData);
}
