/**
 * End-to-end tests of the standalone site, started for real on a free loopback port (in this JVM,
 * or in a child JVM that a test can kill): pages, resources, security headers, statistics sign-in,
 * restarts, the cluster mode on a real PostgreSQL, and hostile requests and content.
 *
 * <p>Also the site that {@code bench/load.sh} measures, kept among the test classes so the product
 * never serves its baseline servlet.
 */
package org.civicportal.standalone;
