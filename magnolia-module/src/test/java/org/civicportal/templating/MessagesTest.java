package org.civicportal.templating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The i18n hash of the standalone and the tests, read from the same bundles Magnolia reads. */
class MessagesTest {
  private static final Pattern LITERAL_KEY =
      Pattern.compile("i18n(?:\\['|\\.get\\(')(civic\\.[A-Za-z0-9.]+)'");

  private static Properties bundle(String lang) throws IOException {
    Properties p = new Properties();
    try (InputStream in =
        MessagesTest.class.getResourceAsStream(
            "/civic-portal/i18n/civic-portal-site-messages_" + lang + ".properties")) {
      p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void bothLanguagesHaveTheSameKeysAllNonEmpty() throws IOException {
    Properties vi = bundle("vi");
    Properties en = bundle("en");
    assertThat(vi.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
    assertThat(vi.stringPropertyNames()).allSatisfy(k -> assertThat(k).startsWith("civic.site."));
    for (Properties p : new Properties[] {vi, en}) {
      assertThat(p.stringPropertyNames())
          .allSatisfy(k -> assertThat(p.getProperty(k)).isNotBlank());
    }
  }

  @Test
  void everyKeyTheMacrosNameExists() throws IOException {
    Set<String> used = new TreeSet<>();
    try (Stream<Path> files = Files.list(Paths.get("..", "templates"))) {
      for (Path file :
          (Iterable<Path>) files.filter(f -> f.toString().endsWith(".ftl"))::iterator) {
        Matcher m = LITERAL_KEY.matcher(Files.readString(file));
        while (m.find()) {
          // A key ending in "." is a prefix the macro completes from data: listed below.
          if (!m.group(1).endsWith(".")) {
            used.add(m.group(1));
          }
        }
      }
    }
    // Keys the macros build from data.
    for (String kind : new String[] {"article", "report"}) {
      used.add("civic.site.kind." + kind);
      used.add("civic.site.home.latest." + kind);
      used.add("civic.site.home.all." + kind);
    }
    for (String type : new String[] {"MONTH", "QUARTER", "HALF_YEAR.1", "HALF_YEAR.2", "YEAR"}) {
      used.add("civic.site.period." + type);
    }
    for (int month = 1; month <= 12; month++) {
      used.add("civic.site.month." + month);
    }
    assertThat(used).hasSizeGreaterThan(40);
    assertThat(allBundles("vi")).containsAll(used);
    assertThat(allBundles("en")).containsAll(used);
  }

  /**
   * The keys of every civic-portal bundle of a language: widgets have their own bundles beside the
   * site's.
   */
  private static Set<String> allBundles(String lang) throws IOException {
    Set<String> keys = new TreeSet<>();
    try (Stream<Path> files =
        Files.list(Paths.get("..", "light-modules", "civic-portal", "i18n"))) {
      for (Path file :
          (Iterable<Path>)
              files.filter(
                      f ->
                          f.getFileName()
                              .toString()
                              .matches(
                                  "civic-portal-[a-z0-9-]+-messages_" + lang + "\\.properties"))
                  ::iterator) {
        Properties p = new Properties();
        p.load(Files.newBufferedReader(file, StandardCharsets.UTF_8));
        keys.addAll(p.stringPropertyNames());
      }
    }
    return keys;
  }

  @Test
  void looksUpFormatsAndFallsBack() throws Exception {
    Messages vi = Messages.load("vi");
    assertThat(vi.text("civic.site.related")).isEqualTo("Tin liên quan");
    assertThat(vi.format("civic.site.pager.status", "2", "10")).isEqualTo("Trang 2 / 10");
    assertThat(vi.text("civic.no.such.key")).isEqualTo("civic.no.such.key");
    // A language without bundles gets English, as Magnolia falls back to the default locale.
    assertThat(Messages.load("fr").text("civic.site.related")).isEqualTo("Related news");
    assertThat(vi.keys()).contains("civic.site.related");
  }

  @Test
  void servesTheMagnoliaStyleHashInTemplates() throws Exception {
    freemarker.template.Configuration cfg = Render.engine().getConfiguration();
    freemarker.template.Template t =
        new freemarker.template.Template(
            "t",
            "[#ftl output_format=\"HTML\"]${i18n['civic.site.home']}|${i18n.get('civic.site.pager.page', ['3'])}"
                + "|${i18n.get('civic.site.home')}|${i18n['civic.missing']}",
            cfg);
    java.io.StringWriter out = new java.io.StringWriter();
    t.process(Map.of("i18n", Render.engine().messages("en")), out);
    assertThat(out.toString()).isEqualTo("Home|Page 3|Home|civic.missing");

    freemarker.template.Template bad =
        new freemarker.template.Template("bad", "${i18n.get(1)}", cfg);
    assertThatThrownBy(
            () ->
                bad.process(
                    Map.of("i18n", Render.engine().messages("en")), new java.io.StringWriter()))
        .hasMessageContaining("needs a key");
  }
}
