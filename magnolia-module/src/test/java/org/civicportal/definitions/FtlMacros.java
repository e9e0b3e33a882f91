package org.civicportal.definitions;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Just enough of FreeMarker's square-bracket syntax to compare macro calls with macro definitions.
 */
final class FtlMacros {
  private static final Pattern DEFINITION = Pattern.compile("\\[#macro\\s+(\\w+)");
  private static final Pattern PARAMETER = Pattern.compile("(\\w+)(\\.\\.\\.)?\\s*(=\\s*\\S+)?");
  private static final Pattern ARGUMENT = Pattern.compile("(?:^|\\s)(\\w+)\\s*=(?!=)");

  /**
   * A macro's parameters; those without a default are required, a "name..." one takes any other.
   */
  record Macro(Set<String> parameters, Set<String> required, boolean catchAll, boolean nests) {
    boolean accepts(String name) {
      return catchAll || parameters.contains(name);
    }
  }

  /**
   * The named arguments of a call, and whether it passes content ([@m]...[/@m] rather than [@m/]).
   */
  record Call(Set<String> names, boolean hasBody) {}

  private FtlMacros() {}

  static Map<String, Macro> parse(String text) {
    Map<String, Macro> macros = new HashMap<>();
    Matcher m = DEFINITION.matcher(text);
    while (m.find()) {
      int end = closingBracket(text, m.end());
      Set<String> parameters = new LinkedHashSet<>();
      Set<String> required = new LinkedHashSet<>();
      boolean catchAll = false;
      Matcher p = PARAMETER.matcher(mask(text.substring(m.end(), end)));
      while (p.find()) {
        if (p.group(2) != null) {
          catchAll = true;
        } else {
          parameters.add(p.group(1));
          if (p.group(3) == null) {
            required.add(p.group(1));
          }
        }
      }
      int close = text.indexOf("[/#macro]", end);
      String body = text.substring(end, close < 0 ? text.length() : close);
      macros.put(m.group(1), new Macro(parameters, required, catchAll, body.contains("[#nested")));
    }
    return macros;
  }

  /** Reads the call whose macro name ends at {@code from}. */
  static Call parseCall(String text, int from) {
    int end = closingBracket(text, from);
    String header = text.substring(from, end).stripTrailing();
    boolean selfClosing = header.endsWith("/");
    Set<String> names = new LinkedHashSet<>();
    Matcher a =
        ARGUMENT.matcher(mask(selfClosing ? header.substring(0, header.length() - 1) : header));
    while (a.find()) {
      names.add(a.group(1));
    }
    return new Call(names, !selfClosing);
  }

  /** Index of the "]" that ends the tag, skipping strings and nested brackets. */
  private static int closingBracket(String text, int from) {
    int depth = 0;
    char quote = 0;
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quote != 0) {
        if (c == '\\') {
          i++;
        } else if (c == quote) {
          quote = 0;
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if ("([{".indexOf(c) >= 0) {
        depth++;
      } else if (c == ']' && depth == 0) {
        return i;
      } else if (")]}".indexOf(c) >= 0) {
        depth--;
      }
    }
    return text.length();
  }

  /**
   * Blanks out (with 'x') what is inside strings and brackets, keeping the outermost delimiters, so
   * that only the top level of a tag is left to read.
   */
  private static String mask(String s) {
    StringBuilder b = new StringBuilder(s.length());
    int depth = 0;
    char quote = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean top = depth == 0;
      if (quote != 0) {
        if (c == '\\' && i + 1 < s.length()) {
          b.append("xx");
          i++;
          continue;
        }
        if (c == quote) {
          quote = 0;
        }
        b.append(top && quote == 0 ? c : 'x');
      } else if (c == '"' || c == '\'') {
        quote = c;
        b.append(top ? c : 'x');
      } else if ("([{".indexOf(c) >= 0) {
        depth++;
        b.append(top ? c : 'x');
      } else if (")]}".indexOf(c) >= 0 && depth > 0) {
        depth--;
        b.append(depth == 0 ? c : 'x');
      } else {
        b.append(top ? c : 'x');
      }
    }
    return b.toString();
  }
}
