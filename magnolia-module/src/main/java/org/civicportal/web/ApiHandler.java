package org.civicportal.web;

import java.io.IOException;

/** One capability's part of the public API, mounted by {@link CivicApiServlet} under {@code /.civic/api/{root}}. */
public interface ApiHandler {
    /** The first path segment this handler answers, e.g. "ratings". */
    String root();

    /**
     * Answers the call, applying the guards that fit (id, origin, rate, content type) before changing anything.
     * Refusals are thrown as {@link ApiException}.
     */
    void handle(ApiCall call) throws ApiException, IOException;
}
