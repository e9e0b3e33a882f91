/**
 * Compile-only stub of Magnolia 6.2.45's server configuration: whether this instance is an author
 * or a public one, and its default base URL. Only what civic-portal uses, with the real signatures;
 * never shipped.
 */
package info.magnolia.cms.beans.config;
