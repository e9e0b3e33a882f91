/**
 * Compile-only stub of Magnolia 6.2.45's module API: the lifecycle Magnolia's module manager drives
 * (start, stop) and the version handlers that install and update a module. Only what civic-portal
 * uses, with the real signatures; never shipped.
 */
package info.magnolia.module;
