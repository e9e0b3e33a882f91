package org.civicportal.magnolia;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Everything a Magnolia child logs: its console (stdout and stderr: Magnolia's console appender and
 * Tomcat's own log) and the files of Magnolia's log folder. Reads the lines added since a {@link
 * Mark}, so that each check looks only at what it caused. A file that shrank was rolled over and is
 * read again from its start; the lines that went into the rolled copy are not seen (Magnolia rolls
 * at 1 MB).
 */
final class MagnoliaLogs {
  /** Log4j's and Tomcat's level as a word of its own: " ERROR ", "SEVERE ". */
  private static final Pattern ERROR = Pattern.compile("(^|\\s)(ERROR|SEVERE)\\s");

  private static final Pattern WARNING = Pattern.compile("(^|\\s)(WARN|WARNING)\\s");
  private static final Pattern LEVEL =
      Pattern.compile("(^|\\s)(TRACE|DEBUG|INFO|WARN|WARNING|ERROR|SEVERE)\\s");

  /**
   * A record's first line: the console's and Tomcat's start with the date, Magnolia's log files
   * with the level.
   */
  private static final Pattern RECORD_START =
      Pattern.compile("^(\\d{4}-\\d\\d-\\d\\d |(TRACE|DEBUG|INFO|WARN|ERROR) )");

  private static final Pattern STACK_FRAME =
      Pattern.compile("^\\s+(at |\\.\\.\\. \\d+ more)|^\\s*$");

  /** Lines of a record's message shown after its first (a Guice error names its cause there). */
  private static final int DETAIL_LINES = 6;

  /**
   * ERROR lines of the bundle that have nothing to do with civic-portal, each with why it is
   * allowed. Keep this list tiny: a line here hides that kind of error from every check.
   */
  private static final List<Allowed> ALLOWED =
      List.of(
          // A public instance without ui-admincentral (a headless one) has no "profiles" workspace,
          // where Magnolia
          // keeps user profiles: it logs these two for every request, whatever the modules.
          new Allowed(
              Pattern.compile(
                  "HierarchicalUserProfileManager.*Could not retrieve user profile with name: "),
              "no profiles workspace (a headless bundle)"),
          new Allowed(
              Pattern.compile(
                  "Could not get LocaleSettingsProfile for user\\[.*"
                      + "NoSuchWorkspaceException: profiles",
                  Pattern.DOTALL),
              "no profiles workspace (a headless bundle)"));

  private record Allowed(Pattern line, String why) {}

  /** A log record: its first line, and the lines after it that say more than a stack frame. */
  record Line(String source, String text, List<String> detail) {
    @Override
    public String toString() {
      return source
          + ": "
          + text
          + detail.stream().map(d -> "\n        " + d).collect(Collectors.joining());
    }

    /**
     * What was logged, without time, level and logger: the same in the console and in a log file.
     */
    String message() {
      int dashes = text.indexOf(" -- ");
      if (dashes >= 0) {
        return text.substring(dashes + 4);
      }
      Matcher level = LEVEL.matcher(text);
      int colon = level.find() ? text.indexOf(": ", level.end()) : -1;
      return colon >= 0 ? text.substring(colon + 2) : text;
    }
  }

  /** The length of every log file at one moment. */
  record Mark(Map<Path, Long> offsets) {}

  private final Path console;
  private final Path folder;

  MagnoliaLogs(Path console, Path folder) {
    this.console = console;
    this.folder = folder;
  }

  Mark mark() throws IOException {
    Map<Path, Long> offsets = new HashMap<>();
    for (Path file : files()) {
      offsets.put(file, Files.size(file));
    }
    return new Mark(offsets);
  }

  /** Every log record written since {@code mark}, file by file (the console first). */
  List<Line> since(Mark mark) throws IOException {
    List<Line> records = new ArrayList<>();
    for (Path file : files()) {
      long offset = mark.offsets().getOrDefault(file, 0L);
      if (offset > Files.size(file)) {
        offset = 0;
      }
      String source = file.getFileName().toString();
      List<String> detail = null;
      for (String text : read(file, offset).split("\r?\n")) {
        if (detail == null || RECORD_START.matcher(text).find()) {
          detail = new ArrayList<>();
          records.add(new Line(source, text, detail));
        } else if (detail.size() < DETAIL_LINES && !STACK_FRAME.matcher(text).find()) {
          detail.add(text.strip());
        }
      }
    }
    return records;
  }

  /**
   * ERROR and SEVERE records since {@code mark}, less the allowed ones, each once (see {@link
   * #once}).
   */
  List<Line> errors(Mark mark) throws IOException {
    return once(
        since(mark).stream()
            .filter(l -> ERROR.matcher(l.text()).find())
            .filter(l -> allowance(l) == null)
            .toList());
  }

  /**
   * WARN, WARNING, ERROR and SEVERE records since {@code mark}, less the allowed errors, each once.
   */
  List<Line> warningsAndErrors(Mark mark) throws IOException {
    return once(
        since(mark).stream()
            .filter(l -> ERROR.matcher(l.text()).find() || WARNING.matcher(l.text()).find())
            .filter(l -> allowance(l) == null)
            .toList());
  }

  /**
   * Drops a record whose message an earlier file already had: Magnolia's console and its log files
   * carry the same records, and one is enough to show.
   */
  private static List<Line> once(List<Line> records) {
    Set<String> earlier = new HashSet<>();
    Set<String> current = new HashSet<>();
    String source = null;
    List<Line> kept = new ArrayList<>();
    for (Line l : records) {
      if (!l.source().equals(source)) {
        earlier.addAll(current);
        current.clear();
        source = l.source();
      }
      current.add(l.message());
      if (!earlier.contains(l.message())) {
        kept.add(l);
      }
    }
    return kept;
  }

  /**
   * The allowed ERROR records since {@code mark}, each once: how many for each reason, and the
   * first.
   */
  List<String> allowedErrors(Mark mark) throws IOException {
    Map<String, List<Line>> byReason = new LinkedHashMap<>();
    for (Line l : once(since(mark).stream().filter(l -> ERROR.matcher(l.text()).find()).toList())) {
      String why = allowance(l);
      if (why != null) {
        byReason.computeIfAbsent(why, w -> new ArrayList<>()).add(l);
      }
    }
    return byReason.entrySet().stream()
        .map(
            e ->
                e.getValue().size()
                    + " x "
                    + e.getKey()
                    + ", the first: "
                    + e.getValue().get(0).source()
                    + ": "
                    + e.getValue().get(0).text())
        .toList();
  }

  /**
   * Why {@code line} is allowed, or null; an allowance may also match the record's detail lines.
   */
  private static String allowance(Line line) {
    String record = line.text() + "\n" + String.join("\n", line.detail());
    return ALLOWED.stream()
        .filter(a -> a.line().matcher(record).find())
        .map(Allowed::why)
        .findFirst()
        .orElse(null);
  }

  /** Lines for a failure message: at most {@code max}, then how many more. */
  static String show(List<?> lines, int max) {
    StringBuilder s = new StringBuilder();
    lines.stream().limit(max).forEach(l -> s.append("\n    ").append(l));
    if (lines.size() > max) {
      s.append("\n    ... and ").append(lines.size() - max).append(" more");
    }
    return s.toString();
  }

  private List<Path> files() throws IOException {
    Map<String, Path> files = new TreeMap<>();
    if (Files.exists(console)) {
      files.put("", console);
    }
    if (Files.isDirectory(folder)) {
      try (DirectoryStream<Path> logs = Files.newDirectoryStream(folder, "*.log")) {
        logs.forEach(f -> files.put(f.getFileName().toString(), f));
      }
    }
    return new ArrayList<>(files.values());
  }

  private static String read(Path file, long offset) throws IOException {
    try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
      byte[] bytes = new byte[(int) Math.max(0, in.length() - offset)];
      in.seek(offset);
      in.readFully(bytes);
      return new String(bytes, StandardCharsets.UTF_8);
    }
  }
}
