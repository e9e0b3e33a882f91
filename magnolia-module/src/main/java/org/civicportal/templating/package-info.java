/**
 * What the FreeMarker templates get from Java: the {@code civicfn} functions, the {@code site} a
 * page's macros receive, and the {@code i18n} messages, all as plain values that never expose
 * Magnolia.
 *
 * <p>Also the engine that renders the same templates outside Magnolia (standalone site, tests), set
 * up the way Magnolia sets up its own.
 */
package org.civicportal.templating;
