package org.civicportal.web;

import java.io.IOException;
import org.civicportal.feedback.Refusal;

/**
 * One capability's part of the public API, mounted by {@link CivicApiServlet} under {@code
 * /.civic/api/{root}}.
 */
public interface ApiHandler {
  /** The first path segment this handler answers, e.g. "ratings". */
  String root();

  /**
   * Answers the call, applying the guards that fit (id, origin, rate, content type) before changing
   * anything. Refusals are thrown: the API's own as {@link ApiException}, the services' as {@link
   * Refusal}, which {@link CivicApiServlet} answers through {@link ApiException#refused}.
   */
  void handle(ApiCall call) throws ApiException, Refusal, IOException;
}
