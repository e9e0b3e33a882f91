/**
 * Crash tests: a lone site, and one node of a two-node cluster on a real PostgreSQL, killed with
 * SIGKILL under concurrent load, then checked against what they acknowledged (every acknowledged
 * vote kept, visits short by at most the last flush) and restarted on their data without repair.
 */
package org.civicportal.standalone.crash;
