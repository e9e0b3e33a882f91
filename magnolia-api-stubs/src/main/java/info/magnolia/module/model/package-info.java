/**
 * Compile-only stub of Magnolia 6.2.45's module model, the module descriptor as Magnolia reads it.
 * Only what civic-portal uses, with the real signatures; never shipped.
 */
package info.magnolia.module.model;
