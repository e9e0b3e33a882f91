/**
 * Opinion polls: a poll as editors schedule it, what a visitor may see of it (results only when
 * they are visible), and one vote per visitor while it is open.
 *
 * <p>Tallies and one-vote markers live in the {@code civic-feedback} workspace, keyed by the poll's
 * JCR identifier and the options' ids, so re-publishing a poll or renaming an option never resets
 * its votes.
 */
package org.civicportal.poll;
