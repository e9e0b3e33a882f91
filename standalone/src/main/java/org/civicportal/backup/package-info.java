/**
 * Moving a site's data: backup and restore of the runtime workspaces (votes, tallies, visit counts)
 * as a zip of JCR system views with a manifest ({@link org.civicportal.backup.RuntimeArchive}, the
 * jar's {@code backup} and {@code restore} commands), and the in-place move of a data directory
 * made with an earlier persistence to the current one ({@link
 * org.civicportal.backup.PersistenceMigration}). Standalone only: Magnolia has its own export and
 * import of workspaces.
 */
package org.civicportal.backup;
