/**
 * The editors' statistics under {@code /.civic/stats}: the dashboard page, its JSON API and its CSV
 * exports.
 *
 * <p>{@link org.civicportal.stats.StatsServlet} only dispatches. A request's period (a preset or a
 * custom range) is read by {@link org.civicportal.stats.StatsRequest}; the figures come from one
 * class per part of the dashboard ({@link org.civicportal.stats.Overview}, {@link
 * org.civicportal.stats.TopContent}, {@link org.civicportal.stats.Sources}, {@link
 * org.civicportal.stats.ActivityFigures}); the page is rendered by {@link
 * org.civicportal.stats.DashboardPage} and every CSV view is written by {@link
 * org.civicportal.stats.CsvExport} through {@link org.civicportal.stats.CsvTable}, which
 * neutralises formula cells. The counters themselves live in {@code org.civicportal.visits}.
 */
package org.civicportal.stats;
