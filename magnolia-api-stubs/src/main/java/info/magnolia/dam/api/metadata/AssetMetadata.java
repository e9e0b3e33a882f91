package info.magnolia.dam.api.metadata;

/** Stub of Magnolia DAM 3.0.32: the marker of an asset's metadata kinds. */
public interface AssetMetadata {}
