package org.civicportal.templating;

import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Renders a template with the real engine and parses the result, for structural assertions. */
public final class Render {
  private static final TemplateEngine ENGINE = new TemplateEngine();
  private static final String TEST_TEMPLATES = "/org/civicportal/templating/";

  private Render() {}

  public static TemplateEngine engine() {
    return ENGINE;
  }

  /**
   * Raw HTML of a template from this package's test resources ("item-page.ftl") or an absolute
   * name.
   */
  public static String html(String template, SiteContext site, Map<String, ?> model) {
    String name = template.startsWith("/") ? template : TEST_TEMPLATES + template;
    try {
      return ENGINE.render(name, site, model);
    } catch (Exception e) {
      throw new AssertionError("rendering " + name + " failed", e);
    }
  }

  public static Document page(String template, SiteContext site, Map<String, ?> model) {
    return Jsoup.parse(html(template, site, model));
  }
}
