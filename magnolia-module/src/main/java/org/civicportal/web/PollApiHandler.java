package org.civicportal.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.inject.Inject;
import javax.jcr.RepositoryException;
import org.civicportal.feedback.Refusal;
import org.civicportal.poll.PollService;
import org.civicportal.poll.PollView;

/**
 * {@code GET /polls/{pollId}} (the poll as this visitor may see it) and {@code POST
 * /polls/{pollId}/votes}.
 */
public class PollApiHandler implements ApiHandler {
  /** Option ids are short slugs; anything much longer is not one. */
  private static final int MAX_OPTION_ID_LENGTH = 100;

  private final PollService polls;

  @Inject
  public PollApiHandler(PollService polls) {
    this.polls = polls;
  }

  @Override
  public String root() {
    return "polls";
  }

  @Override
  public void handle(ApiCall call) throws ApiException, Refusal, IOException {
    List<String> path = call.path();
    boolean poll = path.size() == 1;
    boolean votes = path.size() == 2 && "votes".equals(path.get(1));
    if (!poll && !votes) {
      throw ApiException.notFound("No such API resource.");
    }
    String allowed = poll ? "GET" : "POST";
    if (!allowed.equals(call.method())) {
      throw ApiException.methodNotAllowed(allowed);
    }
    String pollId = ApiCall.requireId(path.get(0));
    try {
      if (poll) {
        call.limitReads();
        call.respond(200, json(polls.view(pollId, call.visitorKey())));
        return;
      }
      call.requireSameSite();
      call.limitWrites();
      List<String> options =
          call.readJson(false)
              .expectFields("options")
              .textList("options", 1, PollService.MAX_ANSWERS, MAX_OPTION_ID_LENGTH);
      ApiCall.Visitor visitor = call.visitor();
      PollView view = polls.vote(pollId, visitor.key(), options);
      call.remember(visitor);
      call.respond(200, json(view));
    } catch (RepositoryException e) {
      throw new IllegalStateException("Poll storage failed", e);
    }
  }

  /**
   * Exactly the documented fields; the result fields only when the results are visible to this
   * visitor.
   */
  static Map<String, Object> json(PollView v) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("pollId", v.getPollId());
    m.put("question", v.getQuestion());
    m.put("multiple", v.isMultiple());
    m.put("maxChoices", v.getMaxChoices());
    m.put("status", v.getStatusKey());
    m.put("opensAt", v.getOpensAt() == null ? null : v.getOpensAt().toString());
    m.put("closesAt", v.getClosesAt() == null ? null : v.getClosesAt().toString());
    List<Map<String, Object>> options = new ArrayList<>();
    for (PollView.OptionView o : v.getOptions()) {
      Map<String, Object> option = new LinkedHashMap<>();
      option.put("id", o.getId());
      option.put("label", o.getLabel());
      if (v.isResultsVisible()) {
        option.put("votes", o.getVotes());
        option.put("percent", o.getPercent());
      }
      options.add(option);
    }
    m.put("options", options);
    if (v.isResultsVisible()) {
      m.put("totalVotes", v.getTotalVotes());
    }
    m.put("hasVoted", v.isHasVoted());
    m.put("resultsVisible", v.isResultsVisible());
    return m;
  }
}
