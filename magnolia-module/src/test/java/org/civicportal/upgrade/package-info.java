/** Tests of the upgrade steps against a real Jackrabbit. */
package org.civicportal.upgrade;
