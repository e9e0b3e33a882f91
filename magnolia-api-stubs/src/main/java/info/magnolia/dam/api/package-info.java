/**
 * Compile-only stub of the DAM API of Magnolia DAM 3.0.32 (shipped with Magnolia 6.2.45): an
 * asset's link and its metadata. Only what civic-portal uses, with the real signatures; never
 * shipped.
 */
package info.magnolia.dam.api;
