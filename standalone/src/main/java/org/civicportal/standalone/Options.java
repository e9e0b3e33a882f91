package org.civicportal.standalone;

import com.google.common.net.InetAddresses;
import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.civicportal.content.Links;
import org.civicportal.embedded.ClusterSettings;
import org.civicportal.identity.SiteIdentity;
import org.civicportal.visits.VisitSettings;
import org.civicportal.web.IpRange;

/** The standalone site's command line, validated. */
public final class Options {
  public static final String USAGE =
      String.join(
          "\n",
          "Usage: java -jar civic-portal-standalone.jar [options]",
          "  --port N              TCP port to listen on (default 8080; 0 picks a free one)",
          "  --bind ADDRESS        IP address to listen on (default 127.0.0.1)",
          "  --data-dir DIR        repository and settings directory (default ./civic-data);",
          "                        an empty one is filled with the demo content on first start",
          "  --trusted-proxy CIDR  a reverse proxy whose X-Forwarded-For is believed (repeatable)",
          "  --site-url URL        public base URL for absolute links (default http://ADDRESS:PORT)",
          "  --time-zone ZONE      the site's time zone for visit days (default "
              + VisitSettings.DEFAULT_ZONE.getId()
              + ")",
          "  --identity FILE       who publishes the site: a UTF-8 properties file overriding any of the demo",
          "                        values (emblem, phone, email, vi.agencyName, en.agencyName, vi.province,",
          "                        vi.governingBody, vi.address, vi.responsiblePerson, vi.licence, the same en.*)",
          "  --cluster-jdbc-url URL",
          "                        keep votes and visit counts in this PostgreSQL database, shared with the",
          "                        other nodes: jdbc:postgresql://HOST[:PORT]/DATABASE (content stays local)",
          "  --cluster-user NAME   the database user",
          "  --cluster-password PW the database password (better: the CIVIC_CLUSTER_PASSWORD variable)",
          "  --cluster-node-id ID  this node's unique name in the cluster: letters, digits, '-', '_';",
          "                        required with --cluster-jdbc-url",
          "  --help                show this help",
          "Also: backup --out FILE.zip | restore --in FILE.zip [--replace] (see backup --help).",
          "Environment: CIVIC_ADMIN_PASSWORD sets the statistics admin password (else one is generated",
          "on first start into DIR/generated-admin-password, readable by its owner only);",
          "CIVIC_CLUSTER_PASSWORD the cluster database password.");

  /**
   * Environment variable for the cluster database password, so that it need not be on the command
   * line.
   */
  public static final String CLUSTER_PASSWORD_ENV = "CIVIC_CLUSTER_PASSWORD";

  private final int port;
  private final String bind;
  private final Path dataDir;
  private final List<IpRange> trustedProxies;
  private final String siteUrl;
  private final ZoneId timeZone;
  private final ClusterSettings cluster;
  private final SiteIdentity identity;
  private final boolean help;

  private Options(
      int port,
      String bind,
      Path dataDir,
      List<IpRange> trustedProxies,
      String siteUrl,
      ZoneId timeZone,
      ClusterSettings cluster,
      SiteIdentity identity,
      boolean help) {
    this.port = port;
    this.bind = bind;
    this.dataDir = dataDir;
    this.trustedProxies = List.copyOf(trustedProxies);
    this.siteUrl = siteUrl;
    this.timeZone = timeZone;
    this.cluster = cluster;
    this.identity = identity;
    this.help = help;
  }

  /** Reads {@code --name value} and {@code --name=value} flags, without environment variables. */
  public static Options parse(String... args) throws UsageException {
    return parse(Map.of(), args);
  }

  /**
   * Reads the flags; {@code environment} may give the cluster password ({@value
   * #CLUSTER_PASSWORD_ENV}).
   */
  public static Options parse(Map<String, String> environment, String... args)
      throws UsageException {
    int port = 8080;
    String bind = "127.0.0.1";
    Path dataDir = Paths.get("civic-data");
    List<IpRange> proxies = new ArrayList<>();
    String siteUrl = null;
    ZoneId timeZone = VisitSettings.DEFAULT_ZONE;
    SiteIdentity identity = SiteIdentity.demo();
    Map<String, String> clusterFlags = new HashMap<>();
    boolean help = false;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      String name = arg;
      String value = null;
      int eq = arg.indexOf('=');
      if (arg.startsWith("--") && eq > 0) {
        name = arg.substring(0, eq);
        value = arg.substring(eq + 1);
      }
      if (name.equals("--help") || name.equals("-h")) {
        if (value != null) {
          throw new UsageException("--help takes no value");
        }
        help = true;
        continue;
      }
      if (!List.of(
                  "--port",
                  "--bind",
                  "--data-dir",
                  "--trusted-proxy",
                  "--site-url",
                  "--time-zone",
                  "--identity")
              .contains(name)
          && !CLUSTER_FLAGS.contains(name)) {
        throw new UsageException("unknown option: " + arg);
      }
      if (value == null) {
        if (i + 1 >= args.length) {
          throw new UsageException(name + " needs a value");
        }
        value = args[++i];
      }
      switch (name) {
        case "--port" -> port = port(value);
        case "--bind" -> bind = bind(value);
        case "--data-dir" -> dataDir = dataDir(value);
        case "--trusted-proxy" -> proxies.add(proxy(value));
        case "--time-zone" -> timeZone = timeZone(value);
        case "--site-url" -> siteUrl = siteUrl(value);
        case "--identity" -> identity = identity(value);
        default -> clusterFlags.put(name, value);
      }
    }
    if (siteUrl == null) {
      String host = bind.contains(":") ? "[" + bind + "]" : bind;
      siteUrl = "http://" + host + ":" + port;
    }
    ClusterSettings cluster = cluster(clusterFlags, environment.get(CLUSTER_PASSWORD_ENV));
    return new Options(port, bind, dataDir, proxies, siteUrl, timeZone, cluster, identity, help);
  }

  private static final List<String> CLUSTER_FLAGS =
      List.of("--cluster-jdbc-url", "--cluster-user", "--cluster-password", "--cluster-node-id");

  /** Null without {@code --cluster-jdbc-url}; the other cluster flags are refused without it. */
  private static ClusterSettings cluster(Map<String, String> flags, String passwordFromEnv)
      throws UsageException {
    String url = flags.get("--cluster-jdbc-url");
    if (url == null) {
      for (String flag : CLUSTER_FLAGS) {
        if (flags.containsKey(flag)) {
          throw new UsageException(flag + " needs --cluster-jdbc-url");
        }
      }
      return null;
    }
    if (!flags.containsKey("--cluster-node-id")) {
      throw new UsageException("--cluster-jdbc-url needs --cluster-node-id");
    }
    String password = flags.getOrDefault("--cluster-password", passwordFromEnv);
    try {
      return ClusterSettings.of(
          url, flags.get("--cluster-user"), password, flags.get("--cluster-node-id"));
    } catch (IllegalArgumentException e) {
      // The message names the rule, never the value: a URL may carry a password.
      throw new UsageException(e.getMessage());
    }
  }

  private static int port(String value) throws UsageException {
    try {
      int port = Integer.parseInt(value);
      if (port >= 0 && port <= 65535) {
        return port;
      }
    } catch (NumberFormatException e) {
      // Reported below with the value.
    }
    throw new UsageException("--port must be a number from 0 to 65535, was \"" + value + "\"");
  }

  private static String bind(String value) throws UsageException {
    String v = value.trim();
    if (v.equalsIgnoreCase("localhost")) {
      return "127.0.0.1";
    }
    // Literals only: binding must not depend on DNS.
    if (!InetAddresses.isInetAddress(v)) {
      throw new UsageException("--bind must be an IP address, was \"" + value + "\"");
    }
    return v;
  }

  private static Path dataDir(String value) throws UsageException {
    if (value.isBlank()) {
      throw new UsageException("--data-dir must not be empty");
    }
    return Paths.get(value);
  }

  private static IpRange proxy(String value) throws UsageException {
    try {
      return IpRange.parse(value);
    } catch (IllegalArgumentException e) {
      throw new UsageException(
          "--trusted-proxy must be an address or CIDR block, was \"" + value + "\"");
    }
  }

  private static ZoneId timeZone(String value) throws UsageException {
    try {
      return ZoneId.of(value);
    } catch (DateTimeException e) {
      throw new UsageException(
          "--time-zone must be a time zone such as Asia/Ho_Chi_Minh, was \"" + value + "\"");
    }
  }

  private static SiteIdentity identity(String value) throws UsageException {
    SiteIdentity identity;
    try (Reader in = Files.newBufferedReader(Paths.get(value), StandardCharsets.UTF_8)) {
      identity = SiteIdentity.read(in, SiteIdentity.demo());
    } catch (CharacterCodingException e) {
      throw new UsageException("--identity file \"" + value + "\" is not UTF-8");
    } catch (IOException e) {
      throw new UsageException(
          "--identity file \"" + value + "\" cannot be read: " + e.getMessage());
    } catch (IllegalArgumentException e) {
      throw new UsageException("--identity file \"" + value + "\": " + e.getMessage());
    }
    if (!identity.getEmblem().isEmpty() && Links.pathOrHttpUrl(identity.getEmblem()) == null) {
      throw new UsageException(
          "--identity file \"" + value + "\": emblem must be a URL path or an http(s) URL");
    }
    return identity;
  }

  private static String siteUrl(String value) throws UsageException {
    try {
      URI uri = new URI(value.trim());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https"))
          && uri.getHost() != null
          && uri.getRawQuery() == null
          && uri.getRawFragment() == null
          && uri.getRawUserInfo() == null) {
        String s = uri.toString();
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
      }
    } catch (URISyntaxException e) {
      // Reported below with the value.
    }
    throw new UsageException(
        "--site-url must be an absolute http(s) URL without query, was \"" + value + "\"");
  }

  public int getPort() {
    return port;
  }

  public String getBind() {
    return bind;
  }

  public Path getDataDir() {
    return dataDir;
  }

  public List<IpRange> getTrustedProxies() {
    return trustedProxies;
  }

  /** The public base URL, without a trailing slash. */
  public String getSiteUrl() {
    return siteUrl;
  }

  /** The site's time zone: visit days, months and years roll over at its midnight. */
  public ZoneId getTimeZone() {
    return timeZone;
  }

  /**
   * Where the runtime workspaces are shared with other nodes; empty for a single site keeping them
   * in files.
   */
  public Optional<ClusterSettings> getCluster() {
    return Optional.ofNullable(cluster);
  }

  /** Who publishes the site: the demo identity with what {@code --identity} overrides. */
  public SiteIdentity getIdentity() {
    return identity;
  }

  public boolean isHelp() {
    return help;
  }
}
