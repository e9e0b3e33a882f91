/**
 * Compile-only stub of Magnolia 6.2.45's i18n system: message keys of the modules' bundles translated into the locale
 * a provider gives. Only what civic-portal uses, with the real signatures; never shipped.
 */
package info.magnolia.i18nsystem;
