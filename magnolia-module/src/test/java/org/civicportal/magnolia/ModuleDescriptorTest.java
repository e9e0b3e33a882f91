package org.civicportal.magnolia;

import static org.assertj.core.api.Assertions.assertThat;

import info.magnolia.module.DefaultModuleVersionHandler;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.inject.Provider;
import javax.servlet.http.HttpServlet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.civicportal.jcr.Workspaces;
import org.civicportal.templating.SiteLinks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The module descriptor as Magnolia reads it from the jar: parses, and names only things that
 * exist.
 */
class ModuleDescriptorTest {
  static final String DESCRIPTOR = "/META-INF/magnolia/civic-portal.xml";

  private static Element module;

  @BeforeAll
  static void parse() throws Exception {
    module = parseDescriptor().getDocumentElement();
  }

  static Document parseDescriptor() throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    // module.dtd ships inside magnolia-core; this test checks structure itself, the bundle test
    // checks the DTD.
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    try (InputStream in = ModuleDescriptorTest.class.getResourceAsStream(DESCRIPTOR)) {
      assertThat(in).as(DESCRIPTOR + " on the classpath").isNotNull();
      return factory.newDocumentBuilder().parse(in);
    }
  }

  @Test
  void namesTheModuleAndCarriesTheBuildVersion() {
    assertThat(module.getTagName()).isEqualTo("module");
    assertThat(text(module, "name")).isEqualTo("civic-portal");
    assertThat(text(module, "displayName")).isNotBlank();
    // Filtered from the pom: Magnolia compares it with the installed version to run updates.
    assertThat(text(module, "version")).matches("\\d+\\.\\d+(\\.\\d+)?(-[A-Za-z0-9.]+)?");
  }

  @Test
  void moduleClassAndVersionHandlerExist() throws Exception {
    Class<?> moduleClass = load(text(module, "class"));
    assertThat(moduleClass.getConstructor()).isNotNull();
    assertThat(DefaultModuleVersionHandler.class)
        .isAssignableFrom(load(text(module, "versionHandler")));
  }

  @Test
  void everyComponentNamesExistingClassesThatFitTheirType() throws Exception {
    NodeList components = module.getElementsByTagName("component");
    assertThat(components.getLength()).isGreaterThanOrEqualTo(5);
    Set<String> types = new TreeSet<>();
    for (int i = 0; i < components.getLength(); i++) {
      Element component = (Element) components.item(i);
      Class<?> type = load(text(component, "type"));
      types.add(type.getName());
      String implementation = text(component, "implementation");
      String provider = text(component, "provider");
      assertThat(implementation.isEmpty())
          .as("exactly one of implementation, provider for " + type)
          .isNotEqualTo(provider.isEmpty());
      if (!implementation.isEmpty()) {
        Class<?> impl = load(implementation);
        assertThat(type).isAssignableFrom(impl);
        assertThat(Modifier.isAbstract(impl.getModifiers())).as(impl + " is concrete").isFalse();
      } else {
        assertThat(Provider.class).isAssignableFrom(load(provider));
      }
    }
    assertThat(types)
        .contains(
            "org.civicportal.jcr.JcrSessions",
            "org.civicportal.content.ContentService",
            "org.civicportal.content.AssetLinks",
            "org.civicportal.templating.SiteContext",
            "org.civicportal.templating.CivicTemplatingFunctions",
            "org.civicportal.web.ApiSettings");
  }

  @Test
  void servletsExistAndAreMappedUnderDotCivicButFeedsAndSitemapAtTheSiteRoot() throws Exception {
    NodeList servlets = module.getElementsByTagName("servlet");
    assertThat(servlets.getLength()).isGreaterThanOrEqualTo(1);
    List<String> mappings = new ArrayList<>();
    for (int i = 0; i < servlets.getLength(); i++) {
      Element servlet = (Element) servlets.item(i);
      assertThat(text(servlet, "name")).isNotBlank();
      assertThat(HttpServlet.class).isAssignableFrom(load(text(servlet, "class")));
      NodeList m = servlet.getElementsByTagName("mapping");
      for (int j = 0; j < m.getLength(); j++) {
        mappings.add(m.item(j).getTextContent().trim());
      }
    }
    // Feed readers and crawlers expect these at the site's root; a sitemap lists only URLs below
    // its own folder.
    List<String> atRoot =
        List.of(
            "/rss", "/rss/*", "/en/rss", "/en/rss/*", "/feed", "/en/feed", "/civic-sitemap.xml");
    assertThat(mappings)
        .contains("/.civic/api/*")
        .containsAll(atRoot)
        .allMatch(m -> m.startsWith("/.civic/") || atRoot.contains(m));
    assertThat(mappings).as("the API base of SiteLinks").contains(SiteLinks.API_BASE + "/*");
  }

  @Test
  void workspacesAreExactlyThoseOfTheJcrPortAndTheNodeTypeFileShips() throws Exception {
    Set<String> declared = new TreeSet<>();
    NodeList workspaces = module.getElementsByTagName("workspace");
    for (int i = 0; i < workspaces.getLength(); i++) {
      declared.add(workspaces.item(i).getTextContent().trim());
    }
    Set<String> expected = new TreeSet<>();
    for (Field f : Workspaces.class.getFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
        expected.add((String) f.get(null));
      }
    }
    assertThat(declared).isEqualTo(expected);
    // Editorial and runtime workspaces in blocks of their own, so that a cluster can map the
    // runtime block alone.
    NodeList repositories = module.getElementsByTagName("repository");
    assertThat(repositories.getLength()).isEqualTo(2);
    List<List<String>> blocks = new ArrayList<>();
    for (int i = 0; i < repositories.getLength(); i++) {
      Element repository = (Element) repositories.item(i);
      assertThat(text(repository, "name")).isEqualTo("magnolia");
      String nodeTypeFile = text(repository, "nodeTypeFile");
      assertThat(nodeTypeFile).isEqualTo("/mgnl-nodetypes/civic-portal-nodetypes.cnd");
      assertThat(getClass().getResource(nodeTypeFile)).as(nodeTypeFile).isNotNull();
      List<String> names = new ArrayList<>();
      NodeList list = repository.getElementsByTagName("workspace");
      for (int j = 0; j < list.getLength(); j++) {
        names.add(list.item(j).getTextContent().trim());
      }
      blocks.add(names);
    }
    assertThat(blocks).containsExactly(Workspaces.EDITORIAL, Workspaces.RUNTIME);
  }

  @Test
  void uiModulesAreOptionalAndNothingNeedsTheScheduler() {
    NodeList dependencies = module.getElementsByTagName("dependency");
    Set<String> names = new TreeSet<>();
    for (int i = 0; i < dependencies.getLength(); i++) {
      Element dependency = (Element) dependencies.item(i);
      String name = text(dependency, "name");
      names.add(name);
      if (name.startsWith("ui-") || name.endsWith("-app") || name.equals("admincentral")) {
        assertThat(text(dependency, "optional")).as(name + " optional").isEqualTo("true");
      }
    }
    assertThat(names)
        .contains("core", "rendering", "templating", "resource-loader", "virtual-uri", "cache")
        .doesNotContain("scheduler");
  }

  private static Class<?> load(String name) throws ClassNotFoundException {
    assertThat(name).isNotBlank();
    return Class.forName(name, false, ModuleDescriptorTest.class.getClassLoader());
  }

  /** Text of the first child element {@code tag} of {@code parent}, "" if there is none. */
  static String text(Element parent, String tag) {
    for (org.w3c.dom.Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element && ((Element) n).getTagName().equals(tag)) {
        return n.getTextContent().trim();
      }
    }
    return "";
  }
}
