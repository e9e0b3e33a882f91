package org.civicportal.seo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Date;
import java.util.List;
import org.civicportal.content.ContentKind;
import org.civicportal.content.Item;
import org.junit.jupiter.api.Test;

/**
 * The JSON-LD of an item is valid JSON with the item's text, and nothing in it can end its script
 * element.
 */
class NewsArticleJsonTest {
  private static final String HOSTILE =
      "</script><script>alert(1)</script><!-- & \u2028 \"quoted\" Báo cáo";

  @Test
  void hostileTextStaysInsideTheScriptAndReadsBackUnchanged() throws Exception {
    Item item =
        Item.builder("00000000-0000-4000-8000-000000000009", ContentKind.REPORT, "x")
            .title(HOSTILE)
            .lead(HOSTILE + " lead")
            .author(HOSTILE)
            .tags(List.of("a<b", "c"))
            .publishDate(new Date(1_700_000_000_000L))
            .build();
    String json =
        NewsArticleJson.of(
            item,
            "https://portal.example.vn/reports/x",
            "https://portal.example.vn/i.png",
            "vi",
            "Sở <TT&TT>");
    assertThat(json).doesNotContain("<", ">", "&", "\u2028");
    JsonNode read = new ObjectMapper().readTree(json);
    assertThat(read.path("@type").asText()).isEqualTo("NewsArticle");
    assertThat(read.path("headline").asText()).isEqualTo(HOSTILE);
    assertThat(read.path("description").asText()).isEqualTo(HOSTILE + " lead");
    assertThat(read.path("author").path("name").asText()).isEqualTo(HOSTILE);
    assertThat(read.path("publisher").path("name").asText()).isEqualTo("Sở <TT&TT>");
    assertThat(read.path("datePublished").asText()).isEqualTo("2023-11-14T22:13:20Z");
    assertThat(read.path("keywords").asText()).isEqualTo("a<b, c");
    assertThat(read.path("mainEntityOfPage").path("@id").asText())
        .isEqualTo("https://portal.example.vn/reports/x");
  }
}
