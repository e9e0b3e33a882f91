package org.civicportal.poll;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;
import java.util.concurrent.atomic.AtomicInteger;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
import org.civicportal.jcr.JcrSessions;
import org.civicportal.jcr.Workspaces;

/** Writes polls into the polls workspace the way the poll app stores them. */
public final class TestPolls {
  private static final AtomicInteger COUNTER = new AtomicInteger();

  private String question = "Theo bạn thông tin nội dung của website thế nào?";
  private boolean multiple;
  private long minChoices;
  private long maxChoices;
  private Instant opensAt;
  private Instant closesAt;
  private String visibility = "always";
  private final List<String[]> options = new ArrayList<>();

  public static TestPolls poll() {
    return new TestPolls();
  }

  public TestPolls option(String id, String label) {
    options.add(new String[] {id, label, "false"});
    return this;
  }

  public TestPolls hiddenOption(String id, String label) {
    options.add(new String[] {id, label, "true"});
    return this;
  }

  public TestPolls multiple(long min, long max) {
    multiple = true;
    minChoices = min;
    maxChoices = max;
    return this;
  }

  public TestPolls opens(Instant at) {
    opensAt = at;
    return this;
  }

  public TestPolls closes(Instant at) {
    closesAt = at;
    return this;
  }

  public TestPolls visibility(String value) {
    visibility = value;
    return this;
  }

  public TestPolls question(String value) {
    question = value;
    return this;
  }

  /** Saves the poll under a new name at the workspace root; returns its identifier. */
  public String create(JcrSessions jcr) throws RepositoryException {
    return jcr.withSession(
        Workspaces.POLLS,
        session -> {
          Node node =
              session
                  .getRootNode()
                  .addNode("poll-" + COUNTER.incrementAndGet(), PollRepository.NODE_TYPE);
          node.setProperty("question", question);
          node.setProperty("multiple", multiple);
          node.setProperty("minChoices", minChoices);
          node.setProperty("maxChoices", maxChoices);
          if (opensAt != null) {
            node.setProperty("opensAt", calendar(opensAt));
          }
          if (closesAt != null) {
            node.setProperty("closesAt", calendar(closesAt));
          }
          node.setProperty("resultsVisibility", visibility);
          Node list = node.addNode(PollRepository.OPTIONS, "mgnl:contentNode");
          int i = 0;
          for (String[] o : options) {
            Node option = list.addNode(String.valueOf(i++), "mgnl:contentNode");
            option.setProperty("id", o[0]);
            option.setProperty("label", o[1]);
            option.setProperty("hidden", Boolean.parseBoolean(o[2]));
          }
          session.save();
          return node.getIdentifier();
        });
  }

  /** Changes one property of the option with {@code id}, as an editor would in the dialog. */
  static void editOption(JcrSessions jcr, String pollId, String id, String property, Object value)
      throws RepositoryException {
    jcr.withSession(
        Workspaces.POLLS,
        session -> {
          for (var it =
                  session.getNodeByIdentifier(pollId).getNode(PollRepository.OPTIONS).getNodes();
              it.hasNext(); ) {
            Node option = it.nextNode();
            if (id.equals(option.getProperty("id").getString())) {
              if (value instanceof Boolean) {
                option.setProperty(property, (Boolean) value);
              } else {
                option.setProperty(property, String.valueOf(value));
              }
            }
          }
          session.save();
          return null;
        });
  }

  static Calendar calendar(Instant at) {
    Calendar c = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
    c.setTimeInMillis(at.toEpochMilli());
    return c;
  }
}
