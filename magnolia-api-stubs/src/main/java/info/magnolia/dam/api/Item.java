package info.magnolia.dam.api;

/** Stub of Magnolia DAM 3.0.32: an item of an asset provider (none of its members is used). */
public interface Item {}
