package info.magnolia.dam.templating.functions;

import info.magnolia.dam.api.Asset;

/**
 * Stub of Magnolia DAM 3.0.32 (shipped with Magnolia 6.2.45): only the members civic-portal uses.
 */
public class DamTemplatingFunctions {
  private DamTemplatingFunctions() {}

  public Asset getAsset(String itemKey) {
    throw new UnsupportedOperationException("stub");
  }

  public String getAssetLink(String itemKey) {
    throw new UnsupportedOperationException("stub");
  }
}
