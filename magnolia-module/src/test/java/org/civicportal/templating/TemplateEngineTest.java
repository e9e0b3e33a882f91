package org.civicportal.templating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import freemarker.template.TemplateException;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateEngineTest {

  @Test
  void datesFollowTheSitesTimeZone() throws Exception {
    // 23:30 UTC on 14 October is already the 15th in Hanoi, still the 14th in UTC.
    java.util.Date instant = java.util.Date.from(java.time.Instant.parse("2019-10-14T23:30:00Z"));
    String vi =
        new TemplateEngine()
            .render(
                "/org/civicportal/templating/date.ftl", TestSiteContext.vi(), Map.of("d", instant));
    assertThat(vi.trim()).isEqualTo("15/10/2019");
    String utc =
        new TemplateEngine(ZoneId.of("UTC"))
            .render(
                "/org/civicportal/templating/date.ftl", TestSiteContext.en(), Map.of("d", instant));
    assertThat(utc.trim()).isEqualTo("14 October 2019");
  }

  @Test
  void errorsAreThrownNotPrintedIntoThePage() {
    assertThatThrownBy(
            () ->
                new TemplateEngine()
                    .render("/org/civicportal/templating/date.ftl", TestSiteContext.vi(), Map.of()))
        .isInstanceOf(TemplateException.class);
    assertThatThrownBy(
            () -> new TemplateEngine().render("/no/such.ftl", TestSiteContext.vi(), Map.of()))
        .isInstanceOf(java.io.IOException.class);
  }

  @Test
  void angleBracketTemplatesWorkToo() throws Exception {
    String out =
        new TemplateEngine()
            .render(
                "/org/civicportal/templating/angle.ftl", TestSiteContext.vi(), Map.of("v", "<b>"));
    assertThat(out.trim()).isEqualTo("vi &lt;b&gt;");
  }
}
