/**
 * Compile-only stub of Magnolia 6.2.45's install and update tasks, with the type hierarchy of the
 * ones civic-portal's version handler creates. Only what civic-portal uses, with the real
 * signatures; never shipped.
 */
package info.magnolia.module.delta;
