package org.civicportal.seo;

import java.util.regex.Pattern;

/**
 * Text made fit for an XML 1.0 document: characters XML cannot carry at all are dropped (the writer
 * escapes the rest).
 */
final class XmlText {
  private static final Pattern NOT_XML =
      Pattern.compile("[^\\x09\\x0A\\x0D\\x20-\\uD7FF\\uE000-\\uFFFD\\x{10000}-\\x{10FFFF}]");

  private XmlText() {}

  static String of(String text) {
    return text == null ? "" : NOT_XML.matcher(text).replaceAll("");
  }
}
