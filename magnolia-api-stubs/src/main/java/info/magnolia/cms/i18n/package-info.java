/**
 * Compile-only stub of Magnolia 6.2.45's content i18n support, which decides a page's content
 * locale. Only what civic-portal uses, with the real signatures; never shipped.
 */
package info.magnolia.cms.i18n;
