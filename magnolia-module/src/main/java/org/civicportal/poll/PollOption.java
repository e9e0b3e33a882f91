package org.civicportal.poll;

/**
 * One answer of a poll. The id is what votes are counted under, so renaming the label keeps its
 * votes.
 */
public final class PollOption {
  private final String id;
  private final String label;
  private final boolean hidden;

  public PollOption(String id, String label, boolean hidden) {
    this.id = id;
    this.label = label == null ? "" : label;
    this.hidden = hidden;
  }

  public String getId() {
    return id;
  }

  public String getLabel() {
    return label;
  }

  /** A removed option: not shown, not votable, its stored votes kept. */
  public boolean isHidden() {
    return hidden;
  }
}
