/**
 * The 5-point rating of articles and reports: one vote per visitor per item, on published items
 * whose editors left rating on, and the top-rated and most-rated lists of the statistics.
 *
 * <p>Tallies live in the {@code civic-feedback} workspace, keyed by the item's JCR identifier, so
 * moving or re-publishing an item keeps its rating.
 */
package org.civicportal.rating;
