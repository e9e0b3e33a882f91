package org.civicportal.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One Markdown file as GitHub renders it, reduced to what links need: the link targets outside
 * code, and the anchors its headings get.
 */
final class MarkdownFile {
  /** An inline link or image: {@code [text](target)} or {@code [text](target "title")}. */
  private static final Pattern INLINE_LINK =
      Pattern.compile(
          "!?\\[(?:[^\\]\\[]|\\[[^\\]]*\\])*\\]\\(\\s*<?([^)\\s>]+)>?(?:\\s+\"[^\"]*\")?\\s*\\)");

  /** A link reference definition: {@code [label]: target}. */
  private static final Pattern REFERENCE =
      Pattern.compile("^ {0,3}\\[[^\\]]+\\]:\\s*<?(\\S+?)>?(?:\\s+.*)?$");

  private static final Pattern HEADING = Pattern.compile("^ {0,3}#{1,6}\\s+(.*?)\\s*#*\\s*$");
  private static final Pattern CODE_SPAN = Pattern.compile("`+[^`]*`+");
  private static final Pattern FENCE = Pattern.compile("^ {0,3}(```|~~~)");

  private final Path path;
  private final List<String> targets = new ArrayList<>();
  private final Set<String> anchors = new LinkedHashSet<>();

  private MarkdownFile(Path path) {
    this.path = path;
  }

  static MarkdownFile read(Path path) throws IOException {
    MarkdownFile file = new MarkdownFile(path);
    Map<String, Integer> seen = new HashMap<>();
    boolean inFence = false;
    for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
      if (FENCE.matcher(line).find()) {
        inFence = !inFence;
        continue;
      }
      if (inFence) {
        continue;
      }
      Matcher heading = HEADING.matcher(line);
      if (heading.matches()) {
        String slug = slug(heading.group(1));
        int n = seen.merge(slug, 1, Integer::sum);
        file.anchors.add(n == 1 ? slug : slug + "-" + (n - 1));
      }
      Matcher reference = REFERENCE.matcher(line);
      if (reference.matches()) {
        file.targets.add(reference.group(1));
      }
      Matcher link = INLINE_LINK.matcher(CODE_SPAN.matcher(line).replaceAll(""));
      while (link.find()) {
        file.targets.add(link.group(1));
      }
    }
    return file;
  }

  /**
   * GitHub's anchor for a heading: the visible text, lower-cased, without punctuation (letters,
   * digits, spaces, hyphens and underscores stay), spaces turned into hyphens.
   */
  static String slug(String heading) {
    String text = heading.replaceAll("!?\\[([^\\]]*)\\]\\([^)]*\\)", "$1");
    return text.toLowerCase(Locale.ROOT)
        .replaceAll("[^\\p{L}\\p{N}\\p{M} _-]", "")
        .replace(' ', '-');
  }

  Path path() {
    return path;
  }

  /** Every link target as written, outside fenced code and code spans. */
  List<String> targets() {
    return targets;
  }

  Set<String> anchors() {
    return anchors;
  }
}
