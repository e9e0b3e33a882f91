package org.civicportal.stats;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.civicportal.visits.TopEntry;

/**
 * Where a period's visits came from: each {@link Source} with its visits and its referring domains,
 * largest first. Every source is listed, with zero when none came from it, so the table's shape
 * does not depend on the data.
 */
public final class Sources {
  private final List<Group> groups;

  /**
   * @param referrers the period's referrer counts (visits per host, "(direct)" and "(other)")
   */
  Sources(List<TopEntry> referrers) {
    Map<Source, List<TopEntry>> hosts = new EnumMap<>(Source.class);
    for (Source s : Source.values()) {
      hosts.put(s, new ArrayList<>());
    }
    for (TopEntry e : referrers) {
      hosts.get(Source.of(e.getKey())).add(e);
    }
    List<Group> list = new ArrayList<>();
    for (Source s : Source.values()) {
      list.add(new Group(s, hosts.get(s)));
    }
    this.groups = List.copyOf(list);
  }

  /** Direct, search, social, other: always all four, in that order. */
  public List<Group> getGroups() {
    return groups;
  }

  /** One source's visits and its domains (none for direct). */
  public static final class Group {
    private final Source source;
    private final List<TopEntry> domains;
    private final long visits;

    Group(Source source, List<TopEntry> domains) {
      this.source = source;
      this.domains = source == Source.DIRECT ? List.of() : List.copyOf(domains);
      this.visits = domains.stream().mapToLong(TopEntry::getCount).sum();
    }

    /** "direct", "search", "social" or "other". */
    public String getKey() {
      return source.key();
    }

    public long getVisits() {
      return visits;
    }

    public List<TopEntry> getDomains() {
      return domains;
    }
  }
}
