/**
 * The Magnolia adapter, and the only package that imports Magnolia: the module class with its
 * configuration and lifecycle, the version handler that installs the module, and the Magnolia side
 * of the module's ports (system sessions, the page's site context, DAM asset links, settings read
 * from the module configuration).
 *
 * <p>Nothing else imports it; Magnolia wires it from the module descriptor. It compiles against
 * magnolia-api-stubs, or against the real Magnolia with {@code -Pmagnolia}.
 */
package org.civicportal.magnolia;
