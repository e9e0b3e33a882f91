package org.civicportal.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.civicportal.content.ContentKind;

/**
 * What a visitor asked the site search for, read from the search page's parameters: {@code q} (the
 * text), {@code type} ("article", "report" or empty for both), {@code year} (a publish year or
 * empty) and {@code page}. Only the words of the text are searched (letters and digits, folded as
 * the index folds them), all of them must occur; quotes, brackets, operators and wildcards are not
 * search syntax here, so no text can make a malformed query.
 */
public final class SearchQuery {
  /** Longest text searched: longer is refused (400), not cut. */
  public static final int MAX_LENGTH = 200;

  /** Most words searched; more is refused, as a pasted paragraph finds nothing useful. */
  public static final int MAX_WORDS = 12;

  /**
   * Deepest result page offered: relevance beyond it is noise, and it bounds the work of one
   * request.
   */
  public static final int MAX_PAGE = 50;

  private static final Pattern YEAR = Pattern.compile("(19|20)[0-9]{2}");
  private static final Pattern PAGE = Pattern.compile("[1-9][0-9]{0,5}");

  private final String text;
  private final List<String> words;
  private final List<String> terms;
  private final ContentKind kind;
  private final Integer year;
  private final int page;

  private SearchQuery(
      String text,
      List<String> words,
      List<String> terms,
      ContentKind kind,
      Integer year,
      int page) {
    this.text = text;
    this.words = List.copyOf(words);
    this.terms = List.copyOf(terms);
    this.kind = kind;
    this.year = year;
    this.page = page;
  }

  /**
   * Reads the parameters (null or "" when absent); throws when one of them is not a value the
   * search page offers.
   */
  public static SearchQuery parse(String q, String type, String year, String page)
      throws InvalidSearch {
    String text = q == null ? "" : Normalizer.normalize(q, Normalizer.Form.NFC).strip();
    if (text.length() > MAX_LENGTH) {
      throw new InvalidSearch("tooLong");
    }
    List<String> words = new ArrayList<>();
    for (String word : Folding.words(text)) {
      if (!word.isEmpty() && !words.contains(word)) {
        words.add(word);
      }
    }
    if (words.size() > MAX_WORDS) {
      throw new InvalidSearch("tooLong");
    }
    List<String> terms = Folding.typedWords(text).stream().distinct().toList();
    return new SearchQuery(text, words, terms, kind(type), year(year), page(page));
  }

  private static ContentKind kind(String type) throws InvalidSearch {
    if (type == null || type.isEmpty()) {
      return null;
    }
    for (ContentKind kind : ContentKind.values()) {
      if (kind.getKey().equals(type)) {
        return kind;
      }
    }
    throw new InvalidSearch("type");
  }

  private static Integer year(String year) throws InvalidSearch {
    if (year == null || year.isEmpty()) {
      return null;
    }
    if (!YEAR.matcher(year).matches()) {
      throw new InvalidSearch("year");
    }
    return Integer.valueOf(year);
  }

  private static int page(String page) throws InvalidSearch {
    if (page == null || page.isEmpty()) {
      return 1;
    }
    if (!PAGE.matcher(page).matches() || Integer.parseInt(page) > MAX_PAGE) {
      throw new InvalidSearch("page");
    }
    return Integer.parseInt(page);
  }

  /** The text as typed (trimmed), to show back in the search box. */
  public String getText() {
    return text;
  }

  /** The folded words searched, each once. */
  public List<String> getWords() {
    return words;
  }

  /** Whether there is nothing to search for: no text, or no letter or digit in it. */
  public boolean isEmpty() {
    return words.isEmpty();
  }

  /** The kind searched; empty for both. */
  public Optional<ContentKind> getKind() {
    return Optional.ofNullable(kind);
  }

  /** "article", "report" or "" (both), for the search form and links. */
  public String getType() {
    return kind == null ? "" : kind.getKey();
  }

  /** The publish year searched; empty for any. */
  public Optional<Integer> getYear() {
    return Optional.ofNullable(year);
  }

  /** The year as the form writes it, "" for any. */
  public String getYearText() {
    return year == null ? "" : year.toString();
  }

  public int getPage() {
    return page;
  }

  /**
   * The full-text expression for JCR's CONTAINS: the words as typed, lower-case, separated by
   * spaces, which JCR reads as "all of them"; Jackrabbit folds them with the workspace's analyzer.
   * Words hold letters and digits only and are lower-case, so none is an operator (OR) or Lucene
   * syntax.
   */
  String containsExpression() {
    return String.join(" ", terms);
  }
}
