/**
 * The embedded Jackrabbit of the standalone site and the tests, never part of the Magnolia module:
 * a repository in files (H2; Derby for the runtime workspaces) with, in cluster mode, the shared
 * workspaces on PostgreSQL; its node type registration; and its import of bootstrap files named the
 * way Magnolia names them. Magnolia brings its own repository and does all of this itself.
 */
package org.civicportal.embedded;
