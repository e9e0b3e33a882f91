/**
 * JCR access for the whole module: the session port every store goes through, and the rules for
 * writing the runtime workspaces that several cluster nodes write at once (node types that refuse
 * same-name siblings, retries of saves that lost a race, group commit).
 *
 * <p>In Magnolia the port is implemented over Magnolia's own repository; the standalone site and
 * the tests implement it over the embedded repository of {@code org.civicportal.embedded} (module
 * embedded-repository), which is not part of this jar.
 */
package org.civicportal.jcr;
