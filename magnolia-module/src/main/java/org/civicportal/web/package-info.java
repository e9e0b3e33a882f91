/**
 * The HTTP layer: the public JSON API under {@code /.civic/api} with the guards every request
 * passes (client address, same-site writes, rate limits, strictly read bodies), the visitor cookie,
 * the security headers of every answer. The editors' statistics are in {@code
 * org.civicportal.stats}.
 *
 * <p>Servlets and handlers translate between HTTP and the capability services; the rules themselves
 * live in those services. Refusals are answered as {@code {"error", "message"}} and never change
 * anything.
 */
package org.civicportal.web;
