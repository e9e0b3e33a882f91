/**
 * Compile-only stub of the DAM asset metadata of Magnolia DAM 3.0.32 (shipped with Magnolia
 * 6.2.45): an image's width and height. Only what civic-portal uses, with the real signatures;
 * never shipped.
 */
package info.magnolia.dam.api.metadata;
