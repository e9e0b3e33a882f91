package org.civicportal.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.inject.Inject;
import javax.jcr.RepositoryException;
import org.civicportal.feedback.Refusal;
import org.civicportal.rating.RatingService;
import org.civicportal.rating.RatingSummary;

/**
 * {@code GET /ratings/{itemId}} (live numbers and this visitor's score) and {@code POST} (rate
 * once).
 */
public class RatingApiHandler implements ApiHandler {
  private final RatingService ratings;

  @Inject
  public RatingApiHandler(RatingService ratings) {
    this.ratings = ratings;
  }

  @Override
  public String root() {
    return "ratings";
  }

  @Override
  public void handle(ApiCall call) throws ApiException, Refusal, IOException {
    if (call.path().size() != 1) {
      throw ApiException.notFound("No such API resource.");
    }
    String method = call.method();
    if (!"GET".equals(method) && !"POST".equals(method)) {
      throw ApiException.methodNotAllowed("GET", "POST");
    }
    String itemId = ApiCall.requireId(call.path().get(0));
    try {
      if ("GET".equals(method)) {
        call.limitReads();
        call.respond(200, json(ratings.view(itemId, call.visitorKey())));
        return;
      }
      call.requireSameSite();
      call.limitWrites();
      int score = call.readJson(false).expectFields("score").integer("score", 1, 5);
      ApiCall.Visitor visitor = call.visitor();
      RatingSummary summary = ratings.vote(itemId, visitor.key(), score);
      call.remember(visitor);
      call.respond(200, json(summary));
    } catch (RepositoryException e) {
      throw new IllegalStateException("Rating storage failed", e);
    }
  }

  static Map<String, Object> json(RatingSummary s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("itemId", s.getItemId());
    m.put("count", s.getCount());
    m.put("total", s.getTotal());
    m.put("average", s.getAverage());
    m.put("histogram", s.getHistogram());
    m.put("myScore", s.getMyScore());
    return m;
  }
}
