package org.civicportal.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.civicportal.embedded.ClusterSettings;
import org.civicportal.identity.SiteIdentity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The command line: defaults, flag forms, validation; bad flags exit 2 with the usage, --help exits
 * 0.
 */
class MainTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return Main.run(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8),
        null);
  }

  @Test
  void defaults() throws Exception {
    Options o = Options.parse();
    assertThat(o.getPort()).isEqualTo(8080);
    assertThat(o.getBind()).isEqualTo("127.0.0.1");
    assertThat(o.getDataDir()).isEqualTo(Paths.get("civic-data"));
    assertThat(o.getTrustedProxies()).isEmpty();
    assertThat(o.getSiteUrl()).isEqualTo("http://127.0.0.1:8080");
    assertThat(o.getTimeZone()).isEqualTo(ZoneId.of("Asia/Ho_Chi_Minh"));
    assertThat(o.isHelp()).isFalse();
    assertThat(o.getIdentity().asProperties()).isEqualTo(SiteIdentity.demo().asProperties());
  }

  /**
   * --identity: a UTF-8 properties file overriding the demo values it names, refused when it cannot
   * be used.
   */
  @Test
  void identityFileOverridesTheDemoValuesItNames(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("identity.properties");
    Files.writeString(
        file,
        "vi.agencyName=Sở Văn hóa và Thể thao\nphone=+84 227 111\nemblem=/logo.png\n",
        StandardCharsets.UTF_8);
    SiteIdentity identity = Options.parse("--identity", file.toString()).getIdentity();
    assertThat(identity.getVi().getAgencyName()).isEqualTo("Sở Văn hóa và Thể thao");
    assertThat(identity.getPhone()).isEqualTo("+84 227 111");
    assertThat(identity.getEmblem()).isEqualTo("/logo.png");
    assertThat(identity.getEn().getAgencyName())
        .isEqualTo(SiteIdentity.demo().getEn().getAgencyName());
    assertThat(identity.getVi().getProvince()).isEqualTo("Tỉnh Thái Bình");

    Files.writeString(file, "vi.agency=x\n");
    assertThatThrownBy(() -> Options.parse("--identity", file.toString()))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("unknown identity key \"vi.agency\"");
    Files.writeString(file, "emblem=javascript:alert(1)\n");
    assertThatThrownBy(() -> Options.parse("--identity", file.toString()))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("emblem must be a URL path");
    Files.write(file, new byte[] {'p', 'h', 'o', 'n', 'e', '=', (byte) 0xff, (byte) 0xfe});
    assertThatThrownBy(() -> Options.parse("--identity", file.toString()))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("not UTF-8");
    assertThatThrownBy(() -> Options.parse("--identity", dir.resolve("missing").toString()))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("cannot be read");
  }

  @Test
  void readsBothFlagFormsAndRepeatedProxies() throws Exception {
    Options o =
        Options.parse(
            "--port=9090",
            "--bind",
            "::1",
            "--data-dir",
            "/tmp/x",
            "--trusted-proxy",
            "10.0.0.0/8",
            "--trusted-proxy=192.168.1.1",
            "--site-url",
            "https://portal.example.vn/");
    assertThat(o.getPort()).isEqualTo(9090);
    assertThat(o.getBind()).isEqualTo("::1");
    assertThat(o.getDataDir()).isEqualTo(Paths.get("/tmp/x"));
    assertThat(o.getTrustedProxies())
        .extracting(Object::toString)
        .containsExactly("10.0.0.0/8", "192.168.1.1");
    assertThat(o.getSiteUrl()).isEqualTo("https://portal.example.vn");
    assertThat(Options.parse("--bind", "::1", "--port", "81").getSiteUrl())
        .isEqualTo("http://[::1]:81");
    assertThat(Options.parse("--time-zone", "Europe/Paris").getTimeZone())
        .isEqualTo(ZoneId.of("Europe/Paris"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "--port=x",
        "--port=65536",
        "--port=-1",
        "--bind=example.com",
        "--trusted-proxy=10.0.0.0/33",
        "--trusted-proxy=nope",
        "--site-url=ftp://x",
        "--site-url=/relative",
        "--site-url=http://x/?q=1",
        "--time-zone=Mars/Olympus",
        "--time-zone=",
        "--colour=blue",
        "stray",
        "--port",
        "--data-dir=",
        "--help=yes"
      })
  void badFlagsExitWithStatus2AndTheUsage(String arg) {
    assertThat(run(arg)).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .startsWith("civic-portal: ")
        .contains("Usage: java -jar");
    assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void clusterFlagsNameTheDatabaseAndTheNode() throws Exception {
    Options o =
        Options.parse(
            Map.of(Options.CLUSTER_PASSWORD_ENV, "from-env"),
            "--cluster-jdbc-url",
            "jdbc:postgresql://db.example.vn:5432/civic",
            "--cluster-user=civic",
            "--cluster-node-id",
            "public-1");
    ClusterSettings cluster = o.getCluster().orElseThrow();
    assertThat(cluster.getJdbcUrl()).isEqualTo("jdbc:postgresql://db.example.vn:5432/civic");
    assertThat(cluster.getUser()).isEqualTo("civic");
    assertThat(cluster.getPassword()).isEqualTo("from-env");
    assertThat(cluster.getNodeId()).isEqualTo("public-1");
    assertThat(cluster.toString()).doesNotContain("from-env");
    ClusterSettings inUrl =
        Options.parse(
                "--cluster-jdbc-url=jdbc:postgresql://db/civic?password=s3cret",
                "--cluster-node-id=n1")
            .getCluster()
            .orElseThrow();
    assertThat(inUrl.getLoggedUrl() + inUrl)
        .doesNotContain("s3cret")
        .contains("jdbc:postgresql://db/civic");
    assertThat(
            Options.parse(
                    Map.of(Options.CLUSTER_PASSWORD_ENV, "from-env"),
                    "--cluster-password=flag",
                    "--cluster-jdbc-url=jdbc:postgresql://db/civic",
                    "--cluster-node-id=n1")
                .getCluster()
                .orElseThrow()
                .getPassword())
        .as("the flag wins over the environment")
        .isEqualTo("flag");
    assertThat(Options.parse(Map.of(Options.CLUSTER_PASSWORD_ENV, "from-env")).getCluster())
        .isEmpty();
  }

  @Test
  void badClusterFlagCombinationsExitWithStatus2AndTheUsage() {
    String url = "--cluster-jdbc-url=jdbc:postgresql://db/civic";
    List<String[]> bad =
        List.of(
            new String[] {url},
            new String[] {"--cluster-node-id=n1"},
            new String[] {"--cluster-user=u", "--cluster-password=p"},
            new String[] {"--cluster-jdbc-url=jdbc:mysql://db/civic", "--cluster-node-id=n1"},
            new String[] {"--cluster-jdbc-url=jdbc:postgresql://", "--cluster-node-id=n1"},
            new String[] {"--cluster-jdbc-url=jdbc:postgresql://db/ civic", "--cluster-node-id=n1"},
            new String[] {url, "--cluster-node-id=node 1"},
            new String[] {url, "--cluster-node-id=n/1"},
            new String[] {url, "--cluster-node-id=" + "n".repeat(65)},
            new String[] {url, "--cluster-node-id="});
    for (String[] args : bad) {
      out.reset();
      err.reset();
      assertThat(run(args)).as(String.join(" ", args)).isEqualTo(2);
      assertThat(err.toString(StandardCharsets.UTF_8))
          .startsWith("civic-portal: ")
          .contains("Usage: java -jar");
    }
    assertThatThrownBy(
            () ->
                Options.parse(
                    "--cluster-jdbc-url=jdbc:postgresql://db/civic?password=s3cret",
                    "--cluster-node-id=a b"))
        .hasMessageContaining("node id")
        .hasMessageNotContaining("s3cret");
  }

  @Test
  void helpExitsWithStatus0() {
    assertThat(run("--help")).isEqualTo(0);
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains(
            "Usage: java -jar",
            "--trusted-proxy CIDR",
            "--cluster-jdbc-url URL",
            "--cluster-node-id ID",
            Options.CLUSTER_PASSWORD_ENV);
    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void messagesNameTheProblem() {
    assertThatThrownBy(() -> Options.parse("--port", "99999")).hasMessageContaining("99999");
    assertThatThrownBy(() -> Options.parse("--trusted-proxy"))
        .hasMessageContaining("needs a value");
  }
}
