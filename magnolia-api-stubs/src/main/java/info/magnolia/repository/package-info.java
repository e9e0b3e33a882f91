/**
 * Compile-only stub of Magnolia 6.2.45's repository manager, through which civic-portal logs in
 * system sessions. Only what civic-portal uses, with the real signatures; never shipped.
 */
package info.magnolia.repository;
