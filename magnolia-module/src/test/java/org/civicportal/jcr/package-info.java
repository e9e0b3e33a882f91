/**
 * Tests of the JCR layer on real repositories (group commit, the embedded and the clustered
 * Jackrabbit, the Magnolia cluster example of docs/install-magnolia.md), and the repository
 * fixtures that other tests share, also through the test-jar.
 *
 * <p>The fixtures give each test class its own embedded repository, a real PostgreSQL run from
 * embedded binaries, digests of whole workspaces for "nothing changed" assertions, and bootstrap
 * files read as plain trees.
 */
package org.civicportal.jcr;
