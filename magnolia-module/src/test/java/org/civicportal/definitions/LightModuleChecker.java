package org.civicportal.definitions;

import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.civicportal.definitions.MagnoliaYaml.Tagged;
import org.civicportal.templating.SiteLinks;

/**
 * Checks the civic-portal light module the way Magnolia will read it: YAML parses, every referenced
 * script, dialog, template, content type, include and macro file exists at its jar path, every
 * converter class exists, every FTL parses, every message key used (in YAML, or literally as
 * i18n['key'] in FTL) exists in every locale, locales of a bundle agree, and FTL macro calls match
 * the macros they import. Collects all problems.
 */
final class LightModuleChecker {
  static final String MODULE = "civic-portal";

  /**
   * Where the build packs the repository's templates/ (the macro library) inside the module's
   * resources.
   */
  private static final String MACRO_PATH = "/" + MODULE + "/templates/macros/";

  /** The site's languages: every message bundle has a file for each. */
  private static final List<String> LOCALES = SiteLinks.LANGUAGES;

  private static final Set<String> TEXT_KEYS =
      Set.of(
          "label",
          "description",
          "title",
          "buttonLabel",
          "errorMessage",
          "requiredErrorMessage",
          "conversionErrorMessage",
          "placeholder");
  private static final Pattern MESSAGE_KEY = Pattern.compile("civic\\.[A-Za-z0-9_.-]+");
  private static final Pattern FTL_HEADER = Pattern.compile("\\A\\[#ftl output_format=\"HTML\"\\]");
  private static final Pattern FTL_IMPORT =
      Pattern.compile("\\[#(import|include)\\s+\"([^\"]+)\"(?:\\s+as\\s+(\\w+))?");
  private static final Pattern MACRO_CALL = Pattern.compile("\\[@(\\w+)\\.(\\w+)");
  private static final Pattern FTL_COMMENT = Pattern.compile("\\[#--.*?--\\]", Pattern.DOTALL);
  private static final Pattern FTL_MESSAGE =
      Pattern.compile("i18n\\['(civic\\.[A-Za-z0-9_.-]+)'\\]");
  private static final Pattern BUNDLE_FILE =
      Pattern.compile("(.+)_([a-z]{2}(?:_[A-Z]{2})?)\\.properties");

  /**
   * Parses like Magnolia 6.2 (FreeMarker 2.3.32); directives and imports are resolved only when
   * rendering.
   */
  private static final Configuration FREEMARKER = new Configuration(Configuration.VERSION_2_3_32);

  static {
    FREEMARKER.setTagSyntax(Configuration.AUTO_DETECT_TAG_SYNTAX);
  }

  private final Path moduleDir;
  private final Path macroDir;
  private final List<String> problems = new ArrayList<>();
  private final Map<String, Set<String>> usedKeys = new TreeMap<>();
  private final Map<Path, Object> yaml = new TreeMap<>();

  /**
   * {@code moduleDir}: light-modules/civic-portal; {@code macroDir}: the repository's templates/.
   */
  LightModuleChecker(Path moduleDir, Path macroDir) {
    this.moduleDir = moduleDir;
    this.macroDir = macroDir;
  }

  List<String> check() throws IOException {
    for (Path file : files(moduleDir, ".yaml")) {
      try {
        Object tree = MagnoliaYaml.load(file);
        yaml.put(file, tree);
        walk(file, "", null, tree);
      } catch (RuntimeException e) {
        problems.add(rel(file) + ": does not parse: " + e.getMessage());
      }
    }
    for (Path file : files(moduleDir.resolve("templates"), ".ftl")) {
      checkFtl(file, true);
    }
    for (Path file : files(macroDir, ".ftl")) {
      checkFtl(file, false);
    }
    checkMessages();
    checkReportExtendsArticle();
    return problems;
  }

  Set<Path> yamlFiles() {
    return yaml.keySet();
  }

  private void walk(Path file, String path, String key, Object value) {
    if (value instanceof Tagged tagged) {
      checkDirective(file, path, tagged);
      walk(file, path, key, tagged.value());
    } else if (value instanceof Map<?, ?> map) {
      map.forEach((k, v) -> walk(file, path + "/" + k, String.valueOf(k), v));
    } else if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        walk(file, path + "[" + i + "]", key, list.get(i));
      }
    } else if (value instanceof String text) {
      checkScalar(file, path, key, text);
    }
  }

  private void checkScalar(Path file, String path, String key, String text) {
    String where = rel(file) + " " + path;
    if (MESSAGE_KEY.matcher(text).matches()) {
      usedKeys.computeIfAbsent(text, k -> new TreeSet<>()).add(where);
    } else if (TEXT_KEYS.contains(key)) {
      problems.add(
          where + ": '" + text + "' is not a civic.* message key, so it cannot be translated");
    }
    switch (key == null ? "" : key) {
      case "templateScript" -> requireResource(where, text);
      case "dialog", "dialogId" -> requireDefinition(where, text, "dialogs");
      case "id", "templateId" -> requireDefinition(where, text, "templates");
      case "converterClass" -> requireClass(where, text);
      default -> {}
    }
  }

  private void checkDirective(Path file, String path, Tagged tagged) {
    String where = rel(file) + " " + path;
    String tag = tagged.tag();
    if (tag.startsWith("!content-type:")) {
      requireFile(
          where,
          moduleDir.resolve("contentTypes/" + tag.substring("!content-type:".length()) + ".yaml"));
    } else if (tag.startsWith("!include:")) {
      requireResource(where, tag.substring("!include:".length()));
    } else if (tag.equals("!include") && tagged.value() instanceof String target) {
      requireResource(where, target.trim());
    } else if (!tag.equals("!override") && !tag.startsWith("!inherit:")) {
      problems.add(where + ": unknown Magnolia directive " + tag);
    }
  }

  /**
   * "civic-portal:pages/home" must be dialogs/pages/home.yaml (or templates/...); other modules are
   * theirs.
   */
  private void requireDefinition(String where, String reference, String folder) {
    int colon = reference.indexOf(':');
    if (colon < 0) {
      problems.add(where + ": '" + reference + "' is not a module:path reference");
    } else if (reference.substring(0, colon).equals(MODULE)) {
      requireFile(
          where, moduleDir.resolve(folder + "/" + reference.substring(colon + 1) + ".yaml"));
    }
  }

  /**
   * Magnolia loads field converters by name: Vaadin's, or the module's own (both on the test
   * classpath).
   */
  private void requireClass(String where, String className) {
    try {
      Class.forName(className, false, getClass().getClassLoader());
    } catch (ClassNotFoundException e) {
      problems.add(where + ": no class " + className);
    }
  }

  private void requireResource(String where, String resourcePath) {
    Path file = resolve(resourcePath);
    if (file == null) {
      problems.add(where + ": " + resourcePath + " is not a resource of /" + MODULE + "/");
    } else {
      requireFile(where, file);
    }
  }

  private void requireFile(String where, Path file) {
    if (!Files.isRegularFile(file)) {
      problems.add(where + ": missing " + rel(file));
    }
  }

  /**
   * Maps a jar resource path to the source file the build packs there; null if outside this module.
   */
  private Path resolve(String resourcePath) {
    if (resourcePath.startsWith(MACRO_PATH)) {
      return macroDir.resolve(resourcePath.substring(MACRO_PATH.length()));
    }
    String prefix = "/" + MODULE + "/";
    return resourcePath.startsWith(prefix)
        ? moduleDir.resolve(resourcePath.substring(prefix.length()))
        : null;
  }

  private void checkMessages() throws IOException {
    Map<String, Map<String, Set<String>>> bundles = new TreeMap<>();
    Map<String, Set<String>> keysByLocale = new HashMap<>();
    for (Path file : files(moduleDir.resolve("i18n"), ".properties")) {
      Matcher m = BUNDLE_FILE.matcher(file.getFileName().toString());
      if (!m.matches()) {
        problems.add(
            rel(file) + ": not named <bundle>_<locale>.properties, Magnolia will not load it");
        continue;
      }
      Set<String> keys = readUtf8Properties(file);
      bundles.computeIfAbsent(m.group(1), b -> new TreeMap<>()).put(m.group(2), keys);
      keysByLocale.computeIfAbsent(m.group(2), l -> new TreeSet<>()).addAll(keys);
      keys.stream()
          .filter(k -> !k.startsWith("civic."))
          .forEach(k -> problems.add(rel(file) + ": key " + k + " does not start with civic."));
    }
    bundles.forEach(
        (bundle, byLocale) -> {
          for (String locale : LOCALES) {
            if (!byLocale.containsKey(locale)) {
              problems.add("i18n/" + bundle + ": no " + locale + " file");
            }
          }
          Set<String> all = new TreeSet<>();
          byLocale.values().forEach(all::addAll);
          byLocale.forEach(
              (locale, keys) ->
                  all.stream()
                      .filter(k -> !keys.contains(k))
                      .forEach(
                          k ->
                              problems.add(
                                  "i18n/" + bundle + "_" + locale + ": missing key " + k)));
        });
    usedKeys.forEach(
        (key, places) -> {
          for (String locale : LOCALES) {
            if (!keysByLocale.getOrDefault(locale, Set.of()).contains(key)) {
              problems.add(
                  places.iterator().next()
                      + ": message key "
                      + key
                      + " is in no "
                      + locale
                      + " bundle");
            }
          }
        });
  }

  /** Magnolia reads light-module bundles as UTF-8; anything else would garble Vietnamese. */
  private Set<String> readUtf8Properties(Path file) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = Files.newInputStream(file);
        Reader reader =
            new InputStreamReader(
                in,
                StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT))) {
      properties.load(reader);
    } catch (CharacterCodingException e) {
      problems.add(rel(file) + ": not UTF-8");
    }
    Set<String> keys = new TreeSet<>(properties.stringPropertyNames());
    properties.forEach(
        (k, v) -> {
          if (v.toString().isBlank()) {
            problems.add(rel(file) + ": empty message " + k);
          }
        });
    return keys;
  }

  private void checkFtl(Path file, boolean wrapper) throws IOException {
    String source = Files.readString(file, StandardCharsets.UTF_8);
    if (!FTL_HEADER.matcher(source).lookingAt()) {
      problems.add(rel(file) + ": does not start with [#ftl output_format=\"HTML\"]");
    }
    try {
      new Template(rel(file), source, FREEMARKER);
    } catch (ParseException e) {
      problems.add(rel(file) + ": FreeMarker syntax error: " + e.getMessage());
    }
    String text = FTL_COMMENT.matcher(source).replaceAll("");
    Matcher message = FTL_MESSAGE.matcher(text);
    while (message.find()) {
      usedKeys.computeIfAbsent(message.group(1), k -> new TreeSet<>()).add(rel(file));
    }
    Map<String, Path> imports = new HashMap<>();
    Matcher m = FTL_IMPORT.matcher(text);
    while (m.find()) {
      String target = m.group(2);
      Path resolved =
          target.startsWith("/") ? resolve(target) : file.getParent().resolve(target).normalize();
      if (resolved == null || !Files.isRegularFile(resolved)) {
        problems.add(rel(file) + ": " + m.group(1) + " of missing " + target);
      } else if (m.group(3) != null) {
        imports.put(m.group(3), resolved);
      }
    }
    if (wrapper) {
      checkMacroCalls(file, text, imports);
    }
  }

  private void checkMacroCalls(Path file, String text, Map<String, Path> imports)
      throws IOException {
    Matcher call = MACRO_CALL.matcher(text);
    while (call.find()) {
      Path library = imports.get(call.group(1));
      if (library == null) {
        continue; // Magnolia's own directives (cms.*) and the like
      }
      String where = rel(file) + ": [@" + call.group(1) + "." + call.group(2) + "]";
      Map<String, FtlMacros.Macro> macros =
          FtlMacros.parse(Files.readString(library, StandardCharsets.UTF_8));
      FtlMacros.Macro macro = macros.get(call.group(2));
      if (macro == null) {
        problems.add(where + ": no such macro in " + rel(library));
        continue;
      }
      FtlMacros.Call args = FtlMacros.parseCall(text, call.end());
      for (String name : args.names()) {
        if (!macro.accepts(name)) {
          problems.add(where + ": the macro has no parameter " + name);
        }
      }
      for (String name : macro.required()) {
        if (!args.names().contains(name)) {
          problems.add(where + ": required parameter " + name + " not passed");
        }
      }
      if (args.hasBody() && !macro.nests()) {
        problems.add(where + ": content passed to a macro that has no [#nested]");
      }
    }
  }

  /**
   * A report is an article plus its own fields: its model must start with the article's, unchanged.
   */
  @SuppressWarnings("unchecked")
  private void checkReportExtendsArticle() {
    Object article = yaml.get(moduleDir.resolve("contentTypes/article.yaml"));
    Object report = yaml.get(moduleDir.resolve("contentTypes/report.yaml"));
    if (!(article instanceof Map<?, ?> a) || !(report instanceof Map<?, ?> r)) {
      problems.add(
          "contentTypes: article.yaml and report.yaml must both be content type definitions");
      return;
    }
    Map<String, Object> articleModel = (Map<String, Object>) a.get("model");
    Map<String, Object> reportModel = (Map<String, Object>) r.get("model");
    List<Object> articleProperties = (List<Object>) articleModel.get("properties");
    List<Object> reportProperties = (List<Object>) reportModel.get("properties");
    if (reportProperties.size() < articleProperties.size()
        || !reportProperties.subList(0, articleProperties.size()).equals(articleProperties)) {
      problems.add(
          "contentTypes/report.yaml: model.properties must start with article.yaml's, unchanged");
    }
    List<Object> reportSubModels = (List<Object>) reportModel.getOrDefault("subModels", List.of());
    for (Object subModel : (List<Object>) articleModel.getOrDefault("subModels", List.of())) {
      if (!reportSubModels.contains(subModel)) {
        problems.add("contentTypes/report.yaml: lacks article sub-model " + subModel);
      }
    }
  }

  private static List<Path> files(Path dir, String suffix) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(p -> p.getFileName().toString().endsWith(suffix) && Files.isRegularFile(p))
          .sorted()
          .toList();
    }
  }

  private String rel(Path file) {
    Path base = moduleDir.getParent().getParent();
    return file.startsWith(base) ? base.relativize(file).toString() : file.toString();
  }
}
