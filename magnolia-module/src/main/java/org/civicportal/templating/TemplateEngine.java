package org.civicportal.templating;

import freemarker.cache.ClassTemplateLoader;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;
import org.civicportal.visits.VisitSettings;

/**
 * FreeMarker outside Magnolia (the standalone site and the tests), set up like Magnolia's:
 * templates from the classpath by absolute name ("/civic-portal/templates/macros/article.ftl"),
 * square-bracket or angle syntax as each file starts, the output format its {@code [#ftl]} header
 * names, errors thrown rather than printed into the page. Each render gets the page's locale, the
 * site's time zone, {@code site} and {@code i18n}.
 */
public final class TemplateEngine {
  /** The site's default time zone: dates are shown as Vietnamese readers expect them. */
  public static final ZoneId DEFAULT_ZONE = VisitSettings.DEFAULT_ZONE;

  private final Configuration configuration;
  private final ZoneId zone;
  private final ClassLoader classLoader;
  private final Map<String, Messages> messagesByLang = new ConcurrentHashMap<>();

  public TemplateEngine() {
    this(DEFAULT_ZONE, TemplateEngine.class.getClassLoader());
  }

  public TemplateEngine(ZoneId zone) {
    this(zone, TemplateEngine.class.getClassLoader());
  }

  public TemplateEngine(ZoneId zone, ClassLoader classLoader) {
    this.zone = zone;
    this.classLoader = classLoader;
    Configuration cfg = new Configuration(Configuration.VERSION_2_3_32);
    cfg.setTemplateLoader(new ClassTemplateLoader(classLoader, "/"));
    cfg.setTagSyntax(Configuration.AUTO_DETECT_TAG_SYNTAX);
    cfg.setDefaultEncoding("UTF-8");
    cfg.setOutputEncoding("UTF-8");
    cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    cfg.setLogTemplateExceptions(false);
    cfg.setWrapUncheckedExceptions(true);
    cfg.setFallbackOnNullLoopVariable(false);
    cfg.setTimeZone(TimeZone.getTimeZone(zone));
    cfg.setLocale(Locale.forLanguageTag(SiteLinks.DEFAULT_LANG));
    this.configuration = cfg;
  }

  public Configuration getConfiguration() {
    return configuration;
  }

  public ZoneId getZone() {
    return zone;
  }

  /** The {@code i18n} hash for a language, read once. */
  public Messages messages(String lang) {
    return messagesByLang.computeIfAbsent(lang, l -> Messages.load(classLoader, l));
  }

  /**
   * Renders {@code templateName} (an absolute classpath name) with {@code model} plus {@code site}
   * and {@code i18n} for the site's language.
   */
  public void render(String templateName, SiteContext site, Map<String, ?> model, Writer out)
      throws IOException, TemplateException {
    Template template = configuration.getTemplate(templateName, Locale.ROOT);
    Map<String, Object> data = new HashMap<>(model);
    data.put("site", site);
    data.put("i18n", messages(site.getLang()));
    freemarker.core.Environment env = template.createProcessingEnvironment(data, out);
    env.setLocale(Locale.forLanguageTag(site.getLang()));
    env.setTimeZone(TimeZone.getTimeZone(zone));
    env.process();
  }

  public String render(String templateName, SiteContext site, Map<String, ?> model)
      throws IOException, TemplateException {
    StringWriter out = new StringWriter();
    render(templateName, site, model, out);
    return out.toString();
  }
}
