package org.civicportal.seo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civicportal.content.Item;

/**
 * schema.org {@code NewsArticle} structured data of an article or report, as JSON safe to print
 * inside {@code <script type="application/ld+json">}: besides JSON's own escapes, {@code <}, {@code
 * >}, {@code &} and the line separators U+2028/U+2029 are written as \\u escapes, so no text can
 * close the script element or start markup.
 */
public final class NewsArticleJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  static {
    MAPPER.getFactory().setCharacterEscapes(new ScriptSafeEscapes());
  }

  private NewsArticleJson() {}

  /**
   * @param url the item's absolute URL
   * @param imageUrl absolute URL of the item's image, else the site's
   * @param lang the page's language
   * @param publisher the site's name
   */
  public static String of(Item item, String url, String imageUrl, String lang, String publisher) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("@context", "https://schema.org");
    json.put("@type", "NewsArticle");
    json.put("mainEntityOfPage", Map.of("@type", "WebPage", "@id", url));
    json.put("url", url);
    json.put(
        "headline",
        item.getTitle().length() > 110 ? item.getTitle().substring(0, 110) : item.getTitle());
    if (!item.getLead().isBlank()) {
      json.put("description", item.getLead());
    }
    json.put("inLanguage", lang);
    if (item.getPublishDate() != null) {
      json.put("datePublished", iso(item.getPublishDate()));
    }
    if (!imageUrl.isBlank()) {
      json.put("image", List.of(imageUrl));
    }
    if (!item.getAuthor().isBlank()) {
      json.put("author", Map.of("@type", "Person", "name", item.getAuthor()));
    } else {
      json.put("author", Map.of("@type", "Organization", "name", publisher));
    }
    json.put("publisher", Map.of("@type", "GovernmentOrganization", "name", publisher));
    if (!item.getCategory().isBlank()) {
      json.put("articleSection", item.getCategory());
    }
    if (!item.getTags().isEmpty()) {
      json.put("keywords", String.join(", ", item.getTags()));
    }
    try {
      return MAPPER.writeValueAsString(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write structured data", e);
    }
  }

  static String iso(Date date) {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(date.toInstant().atOffset(ZoneOffset.UTC));
  }

  /** JSON's escapes plus those that keep the text inert inside an HTML script element. */
  private static final class ScriptSafeEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private final int[] escapes = CharacterEscapes.standardAsciiEscapesForJSON();

    ScriptSafeEscapes() {
      escapes['<'] = CharacterEscapes.ESCAPE_STANDARD;
      escapes['>'] = CharacterEscapes.ESCAPE_STANDARD;
      escapes['&'] = CharacterEscapes.ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return escapes;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      return ch == 0x2028
          ? new SerializedString("\\u2028")
          : ch == 0x2029 ? new SerializedString("\\u2029") : null;
    }
  }
}
