/**
 * Compile-only stub of Magnolia 6.2.45's aggregation state: what Magnolia's filter chain knows
 * about the request being rendered (its original URI, its content locale). Only what civic-portal
 * uses, with the real signatures; never shipped.
 */
package info.magnolia.cms.core;
