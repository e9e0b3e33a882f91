package org.civicportal.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.inject.Inject;
import javax.jcr.RepositoryException;
import org.civicportal.content.ItemLookup;
import org.civicportal.content.ViewedItem;
import org.civicportal.visits.MostRead;
import org.civicportal.visits.VisitCounter;

/**
 * {@code GET /views/{itemId}} (an article's or report's page views ever: the "Lượt xem" of its
 * page) and {@code GET /views/most-read?days=7|30&limit=1..10} (the most viewed items of the last
 * days). The same for every visitor, so the answers may be kept for a minute by browsers and caches
 * (they are exact when made).
 */
public class ViewsApiHandler implements ApiHandler {
  static final String CACHE_CONTROL = "public, max-age=60";

  private final VisitCounter counter;
  private final ItemLookup items;

  @Inject
  public ViewsApiHandler(VisitCounter counter, ItemLookup items) {
    this.counter = counter;
    this.items = items;
  }

  @Override
  public String root() {
    return "views";
  }

  @Override
  public void handle(ApiCall call) throws ApiException, IOException {
    List<String> path = call.path();
    if (path.size() != 1) {
      throw ApiException.notFound("No such API resource.");
    }
    if (!"GET".equals(call.method())) {
      throw ApiException.methodNotAllowed("GET");
    }
    try {
      if ("most-read".equals(path.get(0))) {
        int days = number(call, "days", MostRead.DEFAULT_DAYS);
        if (!MostRead.PERIODS.contains(days)) {
          throw ApiException.invalid("'days' must be one of " + MostRead.PERIODS + ".");
        }
        int limit = number(call, "limit", MostRead.DEFAULT_ITEMS);
        if (limit < 1 || limit > MostRead.MAX_ITEMS) {
          throw ApiException.invalid("'limit' must be from 1 to " + MostRead.MAX_ITEMS + ".");
        }
        call.limitReads();
        respondCacheable(call, mostRead(days, limit));
        return;
      }
      String itemId = ApiCall.requireId(path.get(0));
      call.limitReads();
      if (!items.exists(itemId)) {
        throw ApiException.notFound("No such article or report.");
      }
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("itemId", itemId);
      m.put("views", counter.itemViews(itemId));
      respondCacheable(call, m);
    } catch (RepositoryException e) {
      throw new IllegalStateException("Visit storage failed", e);
    }
  }

  private Map<String, Object> mostRead(int days, int limit) throws RepositoryException {
    List<Map<String, Object>> list = new ArrayList<>();
    for (ViewedItem v : items.published(counter.mostRead(days, limit + MostRead.SPARE), limit)) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("itemId", v.getItem().getId());
      m.put("kind", v.getItem().getKind().getKey());
      m.put("name", v.getItem().getName());
      m.put("title", v.getItem().getTitle());
      m.put("views", v.getViews());
      list.add(m);
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("days", days);
    m.put("items", list);
    return m;
  }

  private static int number(ApiCall call, String name, int absent) throws ApiException {
    String value = call.request().getParameter(name);
    if (value == null) {
      return absent;
    }
    if (!value.matches("[1-9][0-9]{0,2}")) {
      throw ApiException.invalid("'" + name + "' must be a whole number.");
    }
    return Integer.parseInt(value);
  }

  private static void respondCacheable(ApiCall call, Object body) throws IOException {
    call.response().setHeader("Cache-Control", CACHE_CONTROL);
    call.respond(200, body);
  }
}
