package org.civicportal.poll;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import javax.inject.Inject;
import javax.inject.Singleton;
import javax.jcr.ItemNotFoundException;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import org.civicportal.jcr.JcrSessions;
import org.civicportal.jcr.Workspaces;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads polls (node type civic:poll, possibly inside folders) from the polls workspace. */
@Singleton
public class PollRepository {
  public static final String NODE_TYPE = "civic:poll";
  static final String OPTIONS = "options";

  private static final Pattern UUID =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
  private static final Logger LOG = LoggerFactory.getLogger(PollRepository.class);

  private final JcrSessions jcr;

  @Inject
  public PollRepository(JcrSessions jcr) {
    this.jcr = jcr;
  }

  /** The poll with this JCR identifier, if it exists and is a poll. */
  public Optional<Poll> findById(String id) throws RepositoryException {
    if (!UUID.matcher(id).matches()) {
      return Optional.empty();
    }
    return jcr.withSession(
        Workspaces.POLLS,
        session -> {
          try {
            Node node = session.getNodeByIdentifier(id);
            return node.isNodeType(NODE_TYPE) ? Optional.of(read(node)) : Optional.empty();
          } catch (ItemNotFoundException e) {
            return Optional.empty();
          }
        });
  }

  /** The poll at this path, or with this identifier; empty if there is none or it is not a poll. */
  public Optional<Poll> findByReference(String reference) throws RepositoryException {
    if (!reference.startsWith("/")) {
      return findById(reference);
    }
    return jcr.withSession(
        Workspaces.POLLS,
        session -> {
          if (!session.nodeExists(reference)) {
            return Optional.empty();
          }
          Node node = session.getNode(reference);
          return node.isNodeType(NODE_TYPE) ? Optional.of(read(node)) : Optional.empty();
        });
  }

  /** Every poll, newest opening first (polls without opensAt last, by name). */
  public List<Poll> findAll() throws RepositoryException {
    List<Poll> polls =
        jcr.withSession(
            Workspaces.POLLS,
            session -> {
              List<Poll> found = new ArrayList<>();
              collect(session.getRootNode(), found);
              return found;
            });
    polls.sort(
        Comparator.comparing(
                Poll::getOpensAt, Comparator.nullsLast(Comparator.<Instant>reverseOrder()))
            .thenComparing(Poll::getName));
    return polls;
  }

  private static void collect(Node parent, List<Poll> found) throws RepositoryException {
    // Polls are few (tens): walking the tree needs no query index and sees folders of any depth.
    for (NodeIterator it = parent.getNodes(); it.hasNext(); ) {
      Node child = it.nextNode();
      if (child.isNodeType(NODE_TYPE)) {
        found.add(read(child));
      } else if (!child.getName().startsWith("jcr:") && !child.getName().startsWith("rep:")) {
        collect(child, found);
      }
    }
  }

  static Poll read(Node node) throws RepositoryException {
    List<PollOption> options = new ArrayList<>();
    if (node.hasNode(OPTIONS)) {
      Set<String> ids = new HashSet<>();
      for (Node option : optionNodes(node.getNode(OPTIONS))) {
        String id = string(option, "id");
        if (id == null || id.isBlank()) {
          id = option.getName();
        }
        id = id.trim();
        if (!ids.add(id)) {
          // Votes are counted per id, so a second option with the same id cannot be told apart.
          LOG.warn(
              "Poll {} has a duplicate option id '{}'; the later option is ignored",
              node.getPath(),
              id);
          continue;
        }
        options.add(new PollOption(id, string(option, "label"), bool(option, "hidden")));
      }
    }
    return new Poll(
        node.getIdentifier(),
        node.getName(),
        string(node, "question"),
        options,
        bool(node, "multiple"),
        (int) number(node, "minChoices"),
        (int) number(node, "maxChoices"),
        instant(node, "opensAt"),
        instant(node, "closesAt"),
        ResultsVisibility.fromConfig(string(node, "resultsVisibility")));
  }

  /**
   * The option nodes in the editor's order. Magnolia's multi field names its entries 0, 1, 2...;
   * their number is their position, whatever order the nodes were stored in. Other names keep the
   * stored order.
   */
  private static List<Node> optionNodes(Node list) throws RepositoryException {
    List<Node> stored = new ArrayList<>();
    Map<Integer, Node> byIndex = new TreeMap<>();
    for (NodeIterator it = list.getNodes(); it.hasNext(); ) {
      Node n = it.nextNode();
      stored.add(n);
      if (n.getName().matches("[0-9]{1,9}")) {
        byIndex.put(Integer.parseInt(n.getName()), n);
      }
    }
    return byIndex.size() == stored.size() ? new ArrayList<>(byIndex.values()) : stored;
  }

  private static String string(Node node, String name) throws RepositoryException {
    return node.hasProperty(name) ? node.getProperty(name).getString() : null;
  }

  private static boolean bool(Node node, String name) throws RepositoryException {
    return node.hasProperty(name) && Boolean.parseBoolean(node.getProperty(name).getString());
  }

  private static long number(Node node, String name) throws RepositoryException {
    if (!node.hasProperty(name)) {
      return 0;
    }
    try {
      return Long.parseLong(node.getProperty(name).getString().trim());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static Instant instant(Node node, String name) throws RepositoryException {
    return node.hasProperty(name) ? node.getProperty(name).getDate().toInstant() : null;
  }
}
