package org.civicportal.web;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A request body read strictly: UTF-8 (as JSON between systems must be; other encodings and
 * malformed bytes are refused, not guessed), one flat JSON object whose values are scalars or
 * arrays of scalars, no duplicate names, nothing after it. Read with a streaming parser, so no
 * nesting depth can exhaust the stack. Accessors refuse wrong types instead of coercing ("5" is not
 * 5, 4.0 is not 4).
 */
public final class JsonBody {
  private static final JsonFactory FACTORY = new JsonFactory();

  /** Longest number literal kept; longer ones are refused before any conversion work. */
  private static final int MAX_NUMBER_CHARS = 18;

  private static final int MAX_ARRAY_ITEMS = 100;

  private final Map<String, JsonNode> fields;

  private JsonBody(Map<String, JsonNode> fields) {
    this.fields = fields;
  }

  public static JsonBody parse(byte[] body) throws ApiException {
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(body))
              .toString();
    } catch (CharacterCodingException e) {
      throw ApiException.invalid("The body is not valid UTF-8.");
    }
    Map<String, JsonNode> fields = new LinkedHashMap<>();
    try (JsonParser p = FACTORY.createParser(text)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw ApiException.invalid("The body must be a JSON object.");
      }
      JsonToken t;
      while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
        String name = p.getCurrentName();
        if (fields.containsKey(name)) {
          throw ApiException.invalid("Field '" + name + "' appears twice.");
        }
        fields.put(name, value(p, p.nextToken()));
      }
      if (t != JsonToken.END_OBJECT || p.nextToken() != null) {
        throw ApiException.invalid("The body must be exactly one JSON object.");
      }
    } catch (IOException e) {
      throw ApiException.invalid("The body is not valid JSON.");
    }
    return new JsonBody(fields);
  }

  private static JsonNode value(JsonParser p, JsonToken t) throws IOException, ApiException {
    if (t == JsonToken.START_ARRAY) {
      ArrayNode array = JsonNodeFactory.instance.arrayNode();
      while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
        if (t == null || !t.isScalarValue() || array.size() >= MAX_ARRAY_ITEMS) {
          throw ApiException.invalid(
              "Arrays may hold at most " + MAX_ARRAY_ITEMS + " plain values.");
        }
        array.add(scalar(p, t));
      }
      return array;
    }
    if (t == null || !t.isScalarValue()) {
      throw ApiException.invalid("Nested objects are not accepted.");
    }
    return scalar(p, t);
  }

  private static JsonNode scalar(JsonParser p, JsonToken t) throws IOException, ApiException {
    JsonNodeFactory f = JsonNodeFactory.instance;
    switch (t) {
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        if (p.getTextLength() > MAX_NUMBER_CHARS) {
          throw ApiException.invalid("Number out of range.");
        }
        return t == JsonToken.VALUE_NUMBER_INT
            ? f.numberNode(p.getLongValue())
            : f.numberNode(p.getDoubleValue());
      case VALUE_STRING:
        return f.textNode(p.getText());
      case VALUE_TRUE:
      case VALUE_FALSE:
        return f.booleanNode(t == JsonToken.VALUE_TRUE);
      default:
        return f.nullNode();
    }
  }

  /** Requires exactly these fields: none missing, none extra. */
  public JsonBody expectFields(String... names) throws ApiException {
    Set<String> expected = new LinkedHashSet<>(Arrays.asList(names));
    for (String name : expected) {
      if (!fields.containsKey(name)) {
        throw ApiException.invalid("Field '" + name + "' is missing.");
      }
    }
    for (String name : fields.keySet()) {
      if (!expected.contains(name)) {
        throw ApiException.invalid("Field '" + name + "' is not accepted.");
      }
    }
    return this;
  }

  /** A whole number in [min, max]; strings, decimals, booleans and null are refused. */
  public int integer(String name, int min, int max) throws ApiException {
    JsonNode n = fields.get(name);
    if (n == null || !n.isIntegralNumber() || n.asLong() < min || n.asLong() > max) {
      throw ApiException.invalid(
          "Field '" + name + "' must be a whole number from " + min + " to " + max + ".");
    }
    return n.intValue();
  }

  /** A string of at most {@code maxLength} characters, or null when the field is absent or null. */
  public String optionalText(String name, int maxLength) throws ApiException {
    JsonNode n = fields.get(name);
    if (n == null || n.isNull()) {
      return null;
    }
    if (!n.isTextual() || n.textValue().length() > maxLength) {
      throw ApiException.invalid(
          "Field '" + name + "' must be text of at most " + maxLength + " characters.");
    }
    return n.textValue();
  }

  /** A string of at most {@code maxLength} characters; required. */
  public String text(String name, int maxLength) throws ApiException {
    String s = optionalText(name, maxLength);
    if (s == null) {
      throw ApiException.invalid("Field '" + name + "' must be text.");
    }
    return s;
  }

  /**
   * An array of {@code minItems}..{@code maxItems} strings, each at most {@code maxLength}
   * characters.
   */
  public List<String> textList(String name, int minItems, int maxItems, int maxLength)
      throws ApiException {
    JsonNode n = fields.get(name);
    String rule =
        "Field '" + name + "' must be a list of " + minItems + " to " + maxItems + " texts.";
    if (n == null || !n.isArray() || n.size() < minItems || n.size() > maxItems) {
      throw ApiException.invalid(rule);
    }
    List<String> out = new ArrayList<>(n.size());
    for (JsonNode item : n) {
      if (!item.isTextual() || item.textValue().length() > maxLength) {
        throw ApiException.invalid(rule);
      }
      out.add(item.textValue());
    }
    return out;
  }

  public Set<String> names() {
    return fields.keySet();
  }
}
