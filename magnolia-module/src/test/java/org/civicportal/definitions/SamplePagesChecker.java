package org.civicportal.definitions;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.civicportal.jcr.SystemViewTree;

/**
 * Checks the sample site's pages (a website bootstrap file) against the light module as Magnolia's
 * renderer would meet them: every page's template is defined; every other child node of a page is
 * an area of that template; every component in an area has a defined template that the area makes
 * available; and every property a component's dialog fills from a JCR workspace (a link field's
 * jcrDatasource) names a node of the sample content of that workspace by its jcr:uuid. Collects all
 * problems.
 */
final class SamplePagesChecker {
  private static final String PAGES = LightModuleChecker.MODULE + ":pages/";
  private static final String COMPONENTS = LightModuleChecker.MODULE + ":components/";

  private final Path moduleDir;
  private final Path samplesDir;
  private final List<String> problems = new ArrayList<>();
  private final Map<String, Set<String>> sampleIds = new HashMap<>();

  /**
   * {@code moduleDir}: light-modules/civic-portal; {@code samplesDir}: the sample content's
   * bootstrap folder, whose files are named {@code <workspace>.<path>.xml}.
   */
  SamplePagesChecker(Path moduleDir, Path samplesDir) {
    this.moduleDir = moduleDir;
    this.samplesDir = samplesDir;
  }

  List<String> check(SystemViewTree site) throws IOException {
    readSampleIds();
    checkPage("/" + site.name(), site);
    return problems;
  }

  private void readSampleIds() throws IOException {
    try (Stream<Path> files = Files.list(samplesDir)) {
      for (Path file :
          files.filter(f -> f.getFileName().toString().endsWith(".xml")).sorted().toList()) {
        String workspace = file.getFileName().toString().split("\\.")[0];
        try (InputStream in = Files.newInputStream(file)) {
          collectIds(
              SystemViewTree.parse(in), sampleIds.computeIfAbsent(workspace, w -> new HashSet<>()));
        }
      }
    }
  }

  private static void collectIds(SystemViewTree node, Set<String> ids) {
    node.text("jcr:uuid").ifPresent(ids::add);
    node.children().forEach(child -> collectIds(child, ids));
  }

  private void checkPage(String path, SystemViewTree page) throws IOException {
    String template = page.text("mgnl:template").orElse("");
    Map<?, ?> definition = definition(path, template, PAGES, "templates/pages/");
    Map<?, ?> areas = definition == null ? Map.of() : map(definition.get("areas"));
    for (SystemViewTree child : page.children()) {
      String childPath = path + "/" + child.name();
      String type = child.text("jcr:primaryType").orElse("");
      if (type.equals("mgnl:page")) {
        checkPage(childPath, child);
      } else if (!type.equals("mgnl:area")) {
        problems.add(childPath + ": a " + type + " where a page has only pages and areas");
      } else if (definition != null && !areas.containsKey(child.name())) {
        problems.add(childPath + ": " + template + " has no area " + child.name());
      } else if (definition != null) {
        checkArea(
            childPath,
            child,
            template,
            map(map(areas.get(child.name())).get("availableComponents")));
      }
    }
  }

  private void checkArea(String path, SystemViewTree area, String pageTemplate, Map<?, ?> available)
      throws IOException {
    Set<Object> availableIds = new HashSet<>();
    available.values().forEach(component -> availableIds.add(map(component).get("id")));
    for (SystemViewTree component : area.children()) {
      String componentPath = path + "/" + component.name();
      if (!component.text("jcr:primaryType").orElse("").equals("mgnl:component")) {
        problems.add(componentPath + ": not a mgnl:component");
        continue;
      }
      String template = component.text("mgnl:template").orElse("");
      Map<?, ?> definition =
          definition(componentPath, template, COMPONENTS, "templates/components/");
      if (definition == null) {
        continue;
      }
      if (!availableIds.contains(template)) {
        problems.add(
            componentPath
                + ": "
                + template
                + " is not available in area "
                + area.name()
                + " of "
                + pageTemplate);
      }
      if (definition.get("dialog") instanceof String dialog) {
        checkLinks(componentPath, component, dialog);
      }
    }
  }

  /** Properties the dialog picks from a workspace must name a sample node of that workspace. */
  private void checkLinks(String path, SystemViewTree component, String dialog) throws IOException {
    Map<?, ?> form =
        map(map(definition(path, dialog, LightModuleChecker.MODULE + ":", "dialogs/")).get("form"));
    Map<?, ?> fields = map(form.get("properties"));
    for (Map.Entry<?, ?> field : fields.entrySet()) {
      Object workspace = map(map(field.getValue()).get("datasource")).get("workspace");
      String name = String.valueOf(field.getKey());
      if (workspace != null && component.properties().containsKey(name)) {
        String value = component.text(name).orElse("");
        if (!sampleIds.getOrDefault(workspace.toString(), Set.of()).contains(value)) {
          problems.add(
              path
                  + ": "
                  + name
                  + " = '"
                  + value
                  + "' is the jcr:uuid of no sample node in "
                  + workspace);
        }
      }
    }
  }

  /**
   * The YAML of a "civic-portal:x/y" reference under {@code folder}; null with a problem when there
   * is none.
   */
  private Map<?, ?> definition(String where, String reference, String prefix, String folder)
      throws IOException {
    if (!reference.startsWith(prefix)) {
      problems.add(where + ": '" + reference + "' is not a " + prefix + "* reference");
      return null;
    }
    Path file = moduleDir.resolve(folder + reference.substring(prefix.length()) + ".yaml");
    if (!Files.isRegularFile(file)) {
      problems.add(
          where
              + ": "
              + reference
              + " is not defined (no "
              + moduleDir.getFileName()
              + "/"
              + moduleDir.relativize(file).toString().replace('\\', '/')
              + ")");
      return null;
    }
    return map(MagnoliaYaml.load(file));
  }

  private static Map<?, ?> map(Object value) {
    return value instanceof Map<?, ?> m ? m : Map.of();
  }
}
