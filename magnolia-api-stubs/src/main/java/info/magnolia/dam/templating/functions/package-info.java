/**
 * Compile-only stub of the DAM templating functions of Magnolia DAM 3.0.32 (shipped with Magnolia
 * 6.2.45), which turn an asset reference into a link. Only what civic-portal uses, with the real
 * signatures; never shipped.
 */
package info.magnolia.dam.templating.functions;
