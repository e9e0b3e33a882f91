/**
 * Compile-only stub of the base of Magnolia 6.2.45's filter chain, which civic-portal's security
 * headers filter extends. Only what civic-portal uses, with the real signatures; never shipped.
 */
package info.magnolia.cms.filters;
