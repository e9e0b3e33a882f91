package org.civicportal.poll;

import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * A poll as one visitor may see it: the API's body and the widget's model. Result fields are null
 * when the results are not visible to that visitor. Built for templates too, so it carries no
 * per-visitor state there ({@code hasVoted} is false in a page).
 */
public final class PollView {
  private final Poll poll;
  private final PollStatus status;
  private final List<OptionView> options;
  private final Long totalVotes;
  private final boolean hasVoted;

  PollView(
      Poll poll, PollStatus status, List<OptionView> options, Long totalVotes, boolean hasVoted) {
    this.poll = poll;
    this.status = status;
    this.options = List.copyOf(options);
    this.totalVotes = totalVotes;
    this.hasVoted = hasVoted;
  }

  public String getPollId() {
    return poll.getId();
  }

  public String getName() {
    return poll.getName();
  }

  public String getQuestion() {
    return poll.getQuestion();
  }

  public boolean isMultiple() {
    return poll.isMultiple();
  }

  public int getMinChoices() {
    return poll.getMinChoices();
  }

  public int getMaxChoices() {
    return poll.getMaxChoices();
  }

  public PollStatus getStatus() {
    return status;
  }

  /** "scheduled", "open" or "closed". */
  public String getStatusKey() {
    return status.getKey();
  }

  public boolean isOpen() {
    return status == PollStatus.OPEN;
  }

  public Instant getOpensAt() {
    return poll.getOpensAt();
  }

  public Instant getClosesAt() {
    return poll.getClosesAt();
  }

  /** For FreeMarker's date built-ins; null when not set. */
  public Date getOpensAtDate() {
    return poll.getOpensAt() == null ? null : Date.from(poll.getOpensAt());
  }

  /** For FreeMarker's date built-ins; null when open-ended. */
  public Date getClosesAtDate() {
    return poll.getClosesAt() == null ? null : Date.from(poll.getClosesAt());
  }

  /** The visible options in the editor's order. */
  public List<OptionView> getOptions() {
    return options;
  }

  /** Number of ballots cast (people, not ticked boxes); null when results are not visible. */
  public Long getTotalVotes() {
    return totalVotes;
  }

  public boolean isHasVoted() {
    return hasVoted;
  }

  public boolean isResultsVisible() {
    return totalVotes != null;
  }

  /** One visible option; votes and percent are null when results are not visible. */
  public static final class OptionView {
    private final String id;
    private final String label;
    private final Long votes;
    private final Integer percent;

    OptionView(String id, String label, Long votes, Integer percent) {
      this.id = id;
      this.label = label;
      this.votes = votes;
      this.percent = percent;
    }

    public String getId() {
      return id;
    }

    public String getLabel() {
      return label;
    }

    public Long getVotes() {
      return votes;
    }

    /** Share of all answers given to visible options; the options' percents add up to 100. */
    public Integer getPercent() {
      return percent;
    }
  }
}
