/**
 * Editorial content: the articles and reports editors publish, read from their JCR workspaces into
 * the plain beans that listings, detail pages and related-item blocks show.
 *
 * <p>What editors type is made safe here, once: rich text goes through an allow-list, and link and
 * asset targets that are not http(s) or site paths are dropped, so templates only escape plain
 * strings. DAM asset references, which only Magnolia can resolve, go through a port that Magnolia
 * implements.
 */
package org.civicportal.content;
