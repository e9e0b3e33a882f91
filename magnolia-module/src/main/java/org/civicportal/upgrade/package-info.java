/**
 * Bringing a site made by an earlier version to the current one, in Magnolia and in the standalone
 * alike: the migrations of runtime data ({@link org.civicportal.upgrade.RuntimeMigrations}, run by
 * Magnolia's update and at every standalone start) and the merge of a bootstrap file into
 * configuration an admin may have edited ({@link org.civicportal.upgrade.AddMissing}). Plain JCR;
 * Magnolia's version handler calls these from its tasks.
 */
package org.civicportal.upgrade;
