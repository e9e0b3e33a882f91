package org.civicportal.embedded;

import java.util.Objects;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Where a cluster node keeps the runtime workspaces: the PostgreSQL database all nodes share, and
 * this node's id in the Jackrabbit cluster journal. They fill the variables of the clustered
 * repository configuration ({@link #CONFIG}); the password never appears in {@link #toString()}.
 */
public final class ClusterSettings {
  /**
   * The clustered repository configuration, read from the civic-portal module jar on the classpath:
   * the same file Magnolia sites use (see docs/install-magnolia.md, "Clustered runtime data").
   */
  public static final String CONFIG = "/org/civicportal/jcr/clustered-repository.xml";

  /** Its variables; Magnolia passes them as JVM system properties. */
  public static final String URL_VARIABLE = "civic.cluster.jdbcUrl";

  public static final String USER_VARIABLE = "civic.cluster.user";
  public static final String PASSWORD_VARIABLE = "civic.cluster.password";
  public static final String NODE_ID_VARIABLE = "civic.cluster.nodeId";

  private static final String URL_PREFIX = "jdbc:postgresql://";

  /** Also a valid visit-counter shard name, so a node's shard can be its id. */
  private static final Pattern NODE_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

  private final String jdbcUrl;
  private final String user;
  private final String password;
  private final String nodeId;

  private ClusterSettings(String jdbcUrl, String user, String password, String nodeId) {
    this.jdbcUrl = jdbcUrl;
    this.user = user;
    this.password = password;
    this.nodeId = nodeId;
  }

  /**
   * @throws IllegalArgumentException naming what is wrong: a URL other than {@code
   *     jdbc:postgresql://host...}, or a node id other than 1 to 64 letters, digits, '-' and '_'
   */
  public static ClusterSettings of(String jdbcUrl, String user, String password, String nodeId) {
    if (jdbcUrl == null
        || !jdbcUrl.startsWith(URL_PREFIX)
        || jdbcUrl.length() == URL_PREFIX.length()
        || jdbcUrl.chars().anyMatch(c -> c <= ' ' || c == 0x7f)) {
      throw new IllegalArgumentException(
          "the cluster JDBC URL must be jdbc:postgresql://HOST[:PORT]/DATABASE");
    }
    if (nodeId == null || !NODE_ID.matcher(nodeId).matches()) {
      throw new IllegalArgumentException(
          "the cluster node id must be 1 to 64 letters, digits, '-' or '_'");
    }
    return new ClusterSettings(
        jdbcUrl,
        Objects.requireNonNullElse(user, ""),
        Objects.requireNonNullElse(password, ""),
        nodeId);
  }

  public String getJdbcUrl() {
    return jdbcUrl;
  }

  /** The URL for logs and messages: without its query, where a password may have been put. */
  public String getLoggedUrl() {
    int query = jdbcUrl.indexOf('?');
    return query < 0 ? jdbcUrl : jdbcUrl.substring(0, query) + "?...";
  }

  public String getUser() {
    return user;
  }

  public String getPassword() {
    return password;
  }

  /** This node's id in the cluster journal: unique per node, kept across restarts. */
  public String getNodeId() {
    return nodeId;
  }

  /** The configuration's variables with this node's values. */
  public Properties variables() {
    Properties p = new Properties();
    p.setProperty(URL_VARIABLE, jdbcUrl);
    p.setProperty(USER_VARIABLE, user);
    p.setProperty(PASSWORD_VARIABLE, password);
    p.setProperty(NODE_ID_VARIABLE, nodeId);
    return p;
  }

  @Override
  public String toString() {
    return "ClusterSettings{url=" + getLoggedUrl() + ", user=" + user + ", node=" + nodeId + "}";
  }
}
