package org.civicportal.magnolia;

import freemarker.template.ObjectWrapper;
import freemarker.template.TemplateDirectiveModel;
import freemarker.template.TemplateException;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import freemarker.template.utility.DeepUnwrap;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.Writer;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.civicportal.content.AssetLinks;
import org.civicportal.content.ContentService;
import org.civicportal.content.ItemLookup;
import org.civicportal.identity.SiteIdentity;
import org.civicportal.jcr.SystemViewTree;
import org.civicportal.poll.PollService;
import org.civicportal.rating.RatingService;
import org.civicportal.search.SiteSearch;
import org.civicportal.templating.CivicTemplatingFunctions;
import org.civicportal.templating.Render;
import org.civicportal.templating.SiteContext;
import org.civicportal.visits.VisitCounter;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.yaml.snakeyaml.Yaml;

/**
 * Renders pages of the sample site (a website bootstrap file) the way Magnolia's FreeMarker
 * renderer does, with the real engine, templates and civicfn: the page's template script (from its
 * light-module definition) gets {@code content}, {@code def}, {@code ctx}, {@code cms}, {@code
 * cmsfn} and {@code civicfn}; {@code [@cms.area name=...]} renders the components the page keeps in
 * that area node, each through its own definition's script with its own {@code content} and the
 * area's context attributes added to {@code ctx}. {@code content} answers as Magnolia's i18n node
 * wrapper does for the sample site's locales (vi default and fallback, en;
 * DefaultI18nContentSupport.getProperty): {@code name_<lang>} when it has a value, else for the
 * default language {@code name}, and with its strings HTML-escaped as Magnolia's
 * HTMLEscapingNodeWrapper gives them to templates ({@code cmsfn.decode(content)} gives them as
 * stored). Links are the module's (MagnoliaSiteContext at the default homePath); {@code
 * ctx.response.setStatus} sets the rendering's status.
 */
final class SampleSiteRenderer {
  /** The site URL of the module configuration the pages are rendered with. */
  static final String SITE_URL = "https://portal.example.gov.vn";

  private static final String MODULE_PREFIX = "civic-portal:";
  private static final ObjectWrapper WRAPPER =
      Render.engine().getConfiguration().getObjectWrapper();

  private final ContentService content;
  private final PollService polls;
  private final RatingService ratings;
  private final VisitCounter visits;
  private final SiteSearch search;

  SampleSiteRenderer(
      ContentService content,
      PollService polls,
      RatingService ratings,
      VisitCounter visits,
      SiteSearch search) {
    this.content = content;
    this.search = search;
    this.polls = polls;
    this.ratings = ratings;
    this.visits = visits;
  }

  /** {@code page} in {@code lang} ("vi" or "en") with these request parameters, parsed. */
  Document render(SystemViewTree page, String lang, Map<String, String> parameters) {
    return render(page, lang, parameters, "/").document();
  }

  /** What a page answers: the status its template set (200 unless it set one) and the document. */
  record Rendered(int status, Document document) {}

  /**
   * {@code page} in {@code lang} with these request parameters, as the answer to {@code requestUri}
   * (the visitor's URI, which the language switch links from).
   */
  Rendered render(
      SystemViewTree page, String lang, Map<String, String> parameters, String requestUri) {
    SiteContext site =
        new MagnoliaSiteContext(
            lang,
            "",
            SITE_URL,
            CivicPortalModule.DEFAULT_HOME_PATH,
            requestUri,
            SiteIdentity.demo());
    Page rendering = new Page(site, page, parameters);
    StringWriter out = new StringWriter();
    rendering.render(definition(page), page, Map.of(), out);
    return new Rendered(rendering.status[0], Jsoup.parse(out.toString()));
  }

  private static Map<?, ?> definition(SystemViewTree node) {
    String template = node.text("mgnl:template").orElseThrow();
    String path = "/civic-portal/templates/" + template.substring(MODULE_PREFIX.length()) + ".yaml";
    try (InputStream in = SampleSiteRenderer.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new AssertionError("no definition " + path + " for " + node.name());
      }
      return new Yaml().load(in);
    } catch (IOException e) {
      throw new AssertionError(path, e);
    }
  }

  /**
   * One page being rendered: its site context, its node (whose areas hold the components) and its
   * request.
   */
  private final class Page {
    private final SiteContext site;
    private final SystemViewTree node;
    private final Map<String, String> parameters;
    private final CivicTemplatingFunctions civicfn;
    private final int[] status = {200};

    Page(SiteContext site, SystemViewTree node, Map<String, String> parameters) {
      this.site = site;
      this.node = node;
      this.parameters = parameters;
      this.civicfn =
          new CivicTemplatingFunctions(
              content,
              AssetLinks.URLS_ONLY,
              () -> site,
              polls,
              ratings,
              () -> visits,
              new ItemLookup(content),
              search);
    }

    void render(
        Map<?, ?> definition,
        SystemViewTree contentNode,
        Map<String, Object> attributes,
        Writer out) {
      Map<String, Object> model = new HashMap<>();
      model.put("content", new I18nContent(contentNode.properties(), site.getLang(), true));
      model.put("def", definition);
      model.put("ctx", new Context(parameters, attributes, status));
      model.put(
          "cms",
          Map.of(
              "page",
              (TemplateDirectiveModel) (env, params, loops, body) -> {},
              "area",
              (TemplateDirectiveModel)
                  (env, params, loops, body) -> area(params, attributes, env.getOut())));
      model.put(
          "cmsfn",
          Map.of(
              "authorInstance",
              false,
              "decode",
              (TemplateMethodModelEx)
                  args -> {
                    I18nContent escaped = (I18nContent) args.get(0);
                    return new I18nContent(escaped.stored(), escaped.lang(), false);
                  }));
      model.put("civicfn", civicfn);
      try {
        Render.engine().render((String) definition.get("templateScript"), site, model, out);
      } catch (IOException | TemplateException e) {
        throw new AssertionError("rendering " + definition.get("templateScript") + " failed", e);
      }
    }

    private void area(Map<?, ?> params, Map<String, Object> attributes, Writer out)
        throws TemplateModelException {
      String name = ((TemplateScalarModel) params.get("name")).getAsString();
      Map<String, Object> componentAttributes = new HashMap<>(attributes);
      Object contextAttributes = params.get("contextAttributes");
      if (contextAttributes != null) {
        ((Map<?, ?>) DeepUnwrap.unwrap((TemplateModel) contextAttributes))
            .forEach((k, v) -> componentAttributes.put(k.toString(), v));
      }
      for (SystemViewTree component :
          node.child(name).map(SystemViewTree::children).orElse(List.of())) {
        render(definition(component), component, componentAttributes, out);
      }
    }
  }

  /**
   * {@code content}: a node's properties as Magnolia's i18n wrapper answers them for a page in
   * {@code lang}, escaped or not.
   */
  private record I18nContent(Map<String, Object> stored, String lang, boolean escaped)
      implements TemplateHashModel {
    @Override
    public TemplateModel get(String name) throws TemplateModelException {
      for (String locale : new LinkedHashSet<>(List.of(lang, MagnoliaSiteContext.DEFAULT_LANG))) {
        Object localized = stored.get(name + "_" + locale);
        if (localized != null && !localized.toString().isEmpty()) {
          return wrap(localized);
        }
        if (locale.equals(MagnoliaSiteContext.DEFAULT_LANG) && stored.containsKey(name)) {
          return wrap(stored.get(name));
        }
      }
      return stored.containsKey(name) ? wrap(stored.get(name)) : null;
    }

    private TemplateModel wrap(Object value) throws TemplateModelException {
      return WRAPPER.wrap(escaped && value instanceof String text ? escapeXss(text) : value);
    }

    /** What Magnolia's EscapeUtil.escapeXss does to the characters that matter here. */
    private static String escapeXss(String text) {
      return text.replace("&", "&amp;")
          .replace("<", "&lt;")
          .replace(">", "&gt;")
          .replace("\"", "&quot;")
          .replace("'", "&#39;");
    }

    @Override
    public boolean isEmpty() {
      return stored.isEmpty();
    }
  }

  /**
   * {@code ctx}: the request's parameters through getParameter, the response's setStatus (into
   * {@code status}), and context attributes by name.
   */
  private record Context(
      Map<String, String> parameters, Map<String, Object> attributes, int[] status)
      implements TemplateHashModel {
    @Override
    public TemplateModel get(String key) throws TemplateModelException {
      if (key.equals("getParameter")) {
        return (TemplateMethodModelEx)
            args -> parameters.get(((TemplateScalarModel) args.get(0)).getAsString());
      }
      if (key.equals("response")) {
        return WRAPPER.wrap(
            Map.of(
                "setStatus",
                (TemplateMethodModelEx)
                    args -> {
                      status[0] = Integer.parseInt(args.get(0).toString());
                      return null;
                    }));
      }
      return attributes.containsKey(key) ? WRAPPER.wrap(attributes.get(key)) : null;
    }

    @Override
    public boolean isEmpty() {
      return false;
    }
  }
}
