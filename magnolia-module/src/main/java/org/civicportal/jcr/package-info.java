/**
 * JCR access for the whole module: the session port every store goes through, and the rules for writing the runtime
 * workspaces that several cluster nodes write at once (node types that refuse same-name siblings, retries of saves
 * that lost a race, group commit).
 *
 * <p>Also the embedded Jackrabbit of the standalone site and the tests (files on H2, or the runtime workspaces on
 * PostgreSQL in cluster mode), its node type registration and its import of bootstrap files. In Magnolia the port is
 * implemented over Magnolia's own repository instead.
 */
package org.civicportal.jcr;
