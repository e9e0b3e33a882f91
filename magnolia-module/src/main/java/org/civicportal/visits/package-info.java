/**
 * Visit counting: page views, visits and visitors counted in memory from beacons (never while a
 * page renders), bots left out, and flushed at a short interval to this instance's own shard of the
 * {@code civic-visits} workspace.
 *
 * <p>Read back, the shards make the counter block's numbers and the editors' statistics: series per
 * day, month or year, and top lists. Visitors are keyed hashes with a daily secret; no address is
 * stored.
 */
package org.civicportal.visits;
