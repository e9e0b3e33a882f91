/**
 * Compile-only stub of Magnolia 6.2.45's thread-bound context: the request's web context, and work
 * run in the system context on threads that have none. Only what civic-portal uses, with the real
 * signatures; never shipped.
 */
package info.magnolia.context;
