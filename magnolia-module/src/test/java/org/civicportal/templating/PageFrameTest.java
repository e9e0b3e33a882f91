package org.civicportal.templating;

import static org.assertj.core.api.Assertions.assertThat;

import freemarker.template.TemplateDirectiveModel;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * One page frame: the document of Magnolia's page templates (the light module's includes/page.ftl)
 * is the macro library's layout.page, with Magnolia's page editor marker ({@code [@cms.page/]}) at
 * the end of the head.
 */
class PageFrameTest {
  private static final String MARKER = "<meta name=\"cms-page-marker\">";

  @Test
  void magnoliasFrameIsTheLayoutsDocumentWithTheEditorMarkerAtTheEndOfTheHead() {
    TemplateDirectiveModel cmsPage = (env, params, loopVars, body) -> env.getOut().write(MARKER);
    for (SiteContext site : new SiteContext[] {TestSiteContext.vi(), TestSiteContext.en()}) {
      String magnolia =
          Render.html("magnolia-frame-page.ftl", site, Map.of("cms", Map.of("page", cmsPage)));
      String layout = Render.html("notfound-page.ftl", site, Map.of());
      assertThat(magnolia).contains(MARKER);
      assertThat(magnolia.replace(MARKER, "")).isEqualTo(layout);
      Document doc = Jsoup.parse(magnolia);
      assertThat(doc.head().children().last().attr("name")).isEqualTo("cms-page-marker");
      assertThat(doc.select("meta[name=cms-page-marker]")).hasSize(1);
    }
  }

  @Test
  void withoutAHeadExtraTheLayoutWritesNothingMore() {
    String layout = Render.html("notfound-page.ftl", TestSiteContext.vi(), Map.of());
    assertThat(Jsoup.parse(layout).head().children().last().attr("src"))
        .matches(".*/js/civic-portal~[-0-9]+~cache\\.js");
  }
}
