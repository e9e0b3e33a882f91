package org.civicportal.stats;

import java.time.LocalDate;
import javax.servlet.http.HttpServletRequest;
import org.civicportal.templating.SiteLinks;
import org.civicportal.visits.Dimension;
import org.civicportal.visits.Granularity;
import org.civicportal.visits.StatsRange;
import org.civicportal.web.ApiException;

/**
 * The parameters of a statistics request, each checked: {@code period} (a {@link Preset} key or
 * {@value Period#CUSTOM}), {@code from} and {@code to} (ISO dates of a custom range; given without
 * a period they make one), {@code granularity}, {@code limit}, {@code dimension} and {@code lang}.
 * A bad value is a 400 naming it.
 */
final class StatsRequest {
  static final int DEFAULT_LIMIT = 20;
  static final int MAX_LIMIT = 500;

  /**
   * Up to this many days a series is daily by default, up to {@link #MONTHLY_DAYS} monthly, then
   * yearly.
   */
  static final int DAILY_DAYS = 92;

  static final int MONTHLY_DAYS = 1096;

  private final HttpServletRequest request;
  private final LocalDate today;

  StatsRequest(HttpServletRequest request, LocalDate today) {
    this.request = request;
    this.today = today;
  }

  /** The asked period; {@code fallback} when neither a period nor dates are given. */
  Period period(Preset fallback) throws ApiException {
    String key = request.getParameter("period");
    String from = request.getParameter("from");
    String to = request.getParameter("to");
    boolean dates = !isEmpty(from) || !isEmpty(to);
    if (isEmpty(key) && !dates) {
      return Period.of(fallback, today);
    }
    if (Period.CUSTOM.equals(key) || isEmpty(key)) {
      try {
        return Period.of(StatsRange.parse(from, to, today), today);
      } catch (IllegalArgumentException e) {
        throw ApiException.invalid(e.getMessage());
      }
    }
    Preset preset = Preset.of(key);
    if (preset == null) {
      throw ApiException.invalid(
          "'period' must be one of today, yesterday, 7d, 30d, month, last-month, "
              + "quarter, last-quarter, year or custom.");
    }
    return Period.of(preset, today);
  }

  /** The asked granularity, else one that suits the period's length. */
  Granularity granularity(Period period) throws ApiException {
    String g = request.getParameter("granularity");
    if (isEmpty(g)) {
      long days = period.getDays();
      return days <= DAILY_DAYS
          ? Granularity.DAY
          : days <= MONTHLY_DAYS ? Granularity.MONTH : Granularity.YEAR;
    }
    Granularity result = Granularity.of(g);
    if (result == null) {
      throw ApiException.invalid("'granularity' must be day, month or year.");
    }
    return result;
  }

  Dimension dimension() throws ApiException {
    Dimension d = Dimension.of(request.getParameter("dimension"));
    if (d == null) {
      throw ApiException.invalid(
          "'dimension' must be one of pages, referrers, browsers, os, devices, robots.");
    }
    return d;
  }

  int limit() throws ApiException {
    String s = request.getParameter("limit");
    if (isEmpty(s)) {
      return DEFAULT_LIMIT;
    }
    if (!s.matches("[0-9]{1,4}") || Integer.parseInt(s) < 1 || Integer.parseInt(s) > MAX_LIMIT) {
      throw ApiException.invalid("'limit' must be a whole number from 1 to " + MAX_LIMIT + ".");
    }
    return Integer.parseInt(s);
  }

  /** "en" when asked for, else the site's first language. */
  String lang() {
    return SiteLinks.OTHER_LANG.equals(request.getParameter("lang"))
        ? SiteLinks.OTHER_LANG
        : SiteLinks.DEFAULT_LANG;
  }

  String parameter(String name) {
    return request.getParameter(name);
  }

  String contextPath() {
    return request.getContextPath();
  }

  private static boolean isEmpty(String s) {
    return s == null || s.isEmpty();
  }
}
