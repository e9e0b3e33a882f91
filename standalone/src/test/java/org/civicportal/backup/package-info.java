/** Tests of backup, restore and the persistence migration against real Jackrabbit repositories. */
package org.civicportal.backup;
