package org.civicportal.magnolia;

import static org.assertj.core.api.Assertions.assertThat;

import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * Every bootstrap file and configuration default reaches every site: a fresh install imports it,
 * and a site installed with {@link ModuleUpdates#BASELINE} gets it from an update delta when it is
 * new or changed since then. Fails, naming the file or property and what to do, when a change would
 * reach fresh installs only.
 */
class UpdateCoverageTest {
  private static final String SV = "http://www.jcp.org/jcr/sv/1.0";
  private static final String BASELINE_FILES =
      "/upgrade/" + ModuleUpdates.BASELINE + "/bootstrap-files.sha256";

  /**
   * Imported by Magnolia itself on install: the module's bootstrap folder, and its samples folder
   * with samples.
   */
  private static final List<String> INSTALLED_FOLDERS =
      List.of("/mgnl-bootstrap/civic-portal/", "/mgnl-bootstrap-samples/civic-portal/");

  private static final String MODULE_CONFIG =
      "/mgnl-bootstrap/civic-portal/config.modules.civic-portal.config.xml";

  @Test
  void everyBootstrapFileIsPartOfTheInstall() throws Exception {
    List<String> notInstalled = new ArrayList<>();
    for (String file : currentFiles().keySet()) {
      if (!installed(file)) {
        notInstalled.add(file);
      }
    }
    assertThat(notInstalled)
        .as(
            "bootstrap files outside %s that no install task of CivicPortalVersionHandler"
                + " imports",
            INSTALLED_FOLDERS)
        .isEmpty();
  }

  @Test
  void everyBootstrapFileNewOrChangedSinceTheBaselineIsReachedByAnUpdate() throws Exception {
    assertThat(uncovered(currentFiles(), baselineFiles(), ModuleUpdates.RELEASES))
        .as(
            "bootstrap files new or changed since %s that no update reaches: add"
                + " new Step.AddMissing(\"<file>\") to the last release of ModuleUpdates",
            ModuleUpdates.BASELINE)
        .isEmpty();
  }

  @Test
  void aNewFileOrAChangedOneWithoutAnUpdateIsReported() throws Exception {
    Map<String, String> current = new TreeMap<>(baselineFiles());
    current.put("/mgnl-bootstrap/civic-portal/config.modules.civic-portal.config.search.xml", "0");
    String changed = current.keySet().iterator().next();
    current.put(changed, "changed");
    assertThat(uncovered(current, baselineFiles(), ModuleUpdates.RELEASES))
        .containsExactlyInAnyOrder(
            "/mgnl-bootstrap/civic-portal/config.modules.civic-portal.config.search.xml (new)",
            changed + " (changed)");
    List<ModuleUpdates.Release> withUpdate =
        List.of(
            new ModuleUpdates.Release(
                "1.0.0",
                "test",
                List.of(
                    new ModuleUpdates.Step.AddMissing(
                        "/mgnl-bootstrap/civic-portal/config.modules.civic-portal.config.search.xml"),
                    new ModuleUpdates.Step.AddMissing(changed))));
    assertThat(uncovered(current, baselineFiles(), withUpdate)).isEmpty();
  }

  /**
   * Every property of the module's configuration bean is in the bootstrapped configuration, with
   * the bean's default: so an install sets it, and adding one changes that file, which then needs
   * an update.
   */
  @Test
  void everyConfigurationDefaultIsInTheBootstrappedConfiguration() throws Exception {
    Element config = parse(MODULE_CONFIG);
    Map<String, String> bootstrapped = new TreeMap<>();
    for (Element e : children(config, "property")) {
      bootstrapped.put(e.getAttributeNS(SV, "name"), e.getTextContent().trim());
    }
    for (Element e : children(config, "node")) {
      bootstrapped.put(e.getAttributeNS(SV, "name"), "(node)");
    }
    CivicPortalModule bean = new CivicPortalModule();
    List<String> missing = new ArrayList<>();
    for (PropertyDescriptor p :
        Introspector.getBeanInfo(CivicPortalModule.class, Object.class).getPropertyDescriptors()) {
      if (p.getWriteMethod() == null || p.getReadMethod() == null) {
        continue;
      }
      Object value = p.getReadMethod().invoke(bean);
      boolean simple =
          value instanceof String || value instanceof Number || value instanceof Boolean;
      String expected = simple ? String.valueOf(value) : "(node)";
      if (!expected.equals(bootstrapped.get(p.getName()))) {
        missing.add(
            p.getName()
                + "="
                + expected
                + " (bootstrapped: "
                + bootstrapped.get(p.getName())
                + ")");
      }
    }
    assertThat(missing)
        .as("module config bean properties whose default %s does not bootstrap", MODULE_CONFIG)
        .isEmpty();
  }

  /**
   * Magnolia refuses a delta for a version after the one being installed, and runs a release's
   * delta on sites of its pre-release only through CivicPortalVersionHandler's classifier rule:
   * versions ascend, none is after the module's, every step's file exists.
   */
  @Test
  void releasesAscendUpToTheModuleVersionAndNameExistingFiles() throws Exception {
    int[] previous = version(ModuleUpdates.BASELINE);
    int[] module = version(moduleVersion());
    for (ModuleUpdates.Release release : ModuleUpdates.RELEASES) {
      int[] version = version(release.version());
      assertThat(release.version())
          .as("a release version has no classifier")
          .matches("\\d+\\.\\d+\\.\\d+");
      assertThat(compare(version, previous))
          .as(release.version() + " after the one before")
          .isPositive();
      // As Magnolia compares: without the classifier (it refuses a delta strictly after the
      // module).
      assertThat(compare(Arrays.copyOf(version, 3), Arrays.copyOf(module, 3)))
          .as(release.version() + " not after the module version " + moduleVersion())
          .isLessThanOrEqualTo(0);
      previous = version;
      for (ModuleUpdates.Step step : release.steps()) {
        if (step instanceof ModuleUpdates.Step.AddMissing add) {
          assertThat(getClass().getResource(add.resource())).as(add.resource()).isNotNull();
          assertThat(parse(add.resource()).getAttributeNS(SV, "name"))
              .as(add.resource() + " holds the node" + " its name says")
              .isEqualTo(add.path().substring(add.path().lastIndexOf('/') + 1));
        }
      }
    }
    assertThat(ModuleUpdates.RELEASES.get(0).steps())
        .as("the first release migrates runtime data")
        .contains(new ModuleUpdates.Step.RuntimeMigrations());
  }

  @Test
  void aStepNamesTheNodeItsFileHolds() {
    ModuleUpdates.Step.AddMissing add =
        new ModuleUpdates.Step.AddMissing(
            "/mgnl-bootstrap/civic-portal/config.server.filters.cors.bypasses.BypassCivic.xml");
    assertThat(add.workspace()).isEqualTo("config");
    assertThat(add.path()).isEqualTo("/server/filters/cors/bypasses/BypassCivic");
    assertThat(add.parentPath()).isEqualTo("/server/filters/cors/bypasses");
    assertThat(add.isSample()).isFalse();
    assertThat(
            new ModuleUpdates.Step.AddMissing("/mgnl-bootstrap-samples/civic-portal/polls.p.xml")
                .isSample())
        .isTrue();
    assertThat(
            new ModuleUpdates.Step.AddMissing(
                    "/mgnl-bootstrap/civic-portal/civic-feedback.secrets.xml")
                .parentPath())
        .isEqualTo("/");
  }

  static List<String> uncovered(
      Map<String, String> current,
      Map<String, String> baseline,
      List<ModuleUpdates.Release> releases) {
    Set<String> reached = new TreeSet<>();
    for (ModuleUpdates.Release release : releases) {
      for (ModuleUpdates.Step step : release.steps()) {
        if (step instanceof ModuleUpdates.Step.AddMissing add) {
          reached.add(add.resource());
        }
      }
    }
    List<String> uncovered = new ArrayList<>();
    current.forEach(
        (file, sha) -> {
          String before = baseline.get(file);
          if (!sha.equals(before) && !reached.contains(file)) {
            uncovered.add(file + (before == null ? " (new)" : " (changed)"));
          }
        });
    return uncovered;
  }

  private static boolean installed(String file) {
    if (INSTALLED_FOLDERS.stream()
        .anyMatch(f -> file.startsWith(f) && file.indexOf('/', f.length()) < 0)) {
      return true;
    }
    Set<String> byTasks =
        new TreeSet<>(
            List.of(CivicPortalVersionHandler.SAMPLE_SITE, CivicPortalVersionHandler.SITE_I18N));
    CivicPortalVersionHandler.CONTENT_APPS.forEach(
        app -> byTasks.add(CivicPortalVersionHandler.APP_LAUNCHER_ENTRY.formatted(app)));
    return byTasks.contains(file);
  }

  /** Classpath path to SHA-256 of every file under the bootstrap folders as built. */
  private static Map<String, String> currentFiles() throws IOException, URISyntaxException {
    Map<String, String> files = new TreeMap<>();
    for (String folder : List.of("/mgnl-bootstrap", "/mgnl-bootstrap-samples")) {
      Path root = Path.of(UpdateCoverageTest.class.getResource(folder).toURI());
      try (Stream<Path> all = Files.walk(root)) {
        for (Path file : all.filter(Files::isRegularFile).toList()) {
          files.put(
              folder + "/" + root.relativize(file).toString().replace('\\', '/'),
              sha256(Files.readAllBytes(file)));
        }
      }
    }
    assertThat(files).isNotEmpty();
    return files;
  }

  private static Map<String, String> baselineFiles() throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (InputStream in = UpdateCoverageTest.class.getResourceAsStream(BASELINE_FILES)) {
      assertThat(in).as(BASELINE_FILES).isNotNull();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          String[] parts = line.split(" ", 2);
          files.put(parts[1], parts[0]);
        }
      }
    }
    return files;
  }

  private static String moduleVersion() throws IOException {
    try (InputStream in =
        UpdateCoverageTest.class.getResourceAsStream("/META-INF/magnolia/civic-portal.xml")) {
      Matcher m =
          Pattern.compile("<version>([^<]+)</version>")
              .matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      assertThat(m.find()).as("the descriptor's version").isTrue();
      return m.group(1);
    }
  }

  private static int[] version(String version) {
    Matcher m = Pattern.compile("(\\d+)\\.(\\d+)\\.(\\d+)(-.+)?").matcher(version);
    assertThat(m.matches()).as("a version: " + version).isTrue();
    // A classifier (a pre-release) comes before the release itself, as CivicPortalVersionHandler
    // treats it.
    return new int[] {
      Integer.parseInt(m.group(1)),
      Integer.parseInt(m.group(2)),
      Integer.parseInt(m.group(3)),
      m.group(4) == null ? 1 : 0
    };
  }

  private static int compare(int[] a, int[] b) {
    for (int i = 0; i < a.length; i++) {
      if (a[i] != b[i]) {
        return Integer.compare(a[i], b[i]);
      }
    }
    return 0;
  }

  private static Element parse(String resource) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    try (InputStream in = UpdateCoverageTest.class.getResourceAsStream(resource)) {
      return factory.newDocumentBuilder().parse(in).getDocumentElement();
    }
  }

  private static List<Element> children(Element parent, String localName) {
    List<Element> children = new ArrayList<>();
    for (org.w3c.dom.Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e
          && SV.equals(e.getNamespaceURI())
          && localName.equals(e.getLocalName())) {
        children.add(e);
      }
    }
    return children;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
