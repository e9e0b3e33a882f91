/**
 * The module's components without Magnolia: a command-line site on an embedded Tomcat 9 and
 * Jackrabbit, filled with the demo content on first start and wired with Guice as Magnolia's module
 * descriptor wires them.
 *
 * <p>It serves the public pages and static files itself and guards the editors' statistics with
 * HTTP Basic. It is the one-command demo and the stage of the end-to-end tests, not a second CMS:
 * it has no page editor and no content apps.
 */
package org.civicportal.standalone;
