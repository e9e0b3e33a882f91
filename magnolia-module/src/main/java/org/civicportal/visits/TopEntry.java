package org.civicportal.visits;

/** One line of a top list: a key (page path, referrer host, browser...) and its count. */
public final class TopEntry {
  private final String key;
  private final long count;

  public TopEntry(String key, long count) {
    this.key = key;
    this.count = count;
  }

  public String getKey() {
    return key;
  }

  public long getCount() {
    return count;
  }
}
