package io.github.vanban.parser.text;

import com.google.common.collect.ImmutableList;

/**
 * One line of a source, {@code [start, end)} without its line end, with its {@link
 * MatchText#clean clean} and {@link MatchText#fold folded} views (same length, so an index
 * {@code i} into a view is the offset {@code start + i} in the source).
 *
 * <p>The views and the indent are computed when first asked for (most lines of a long document
 * are never looked at in folded form) and kept: a line is a value, and two threads that both
 * compute a view compute the same immutable string (or int).
 */
public final class TextLine {
  /** The most characters of one line kept in its views; {@link #end()} stays the true end. */
  public static final int MAX_VIEW = 6000;

  private final int start;
  private final int end;
  private final String raw;
  private String clean;
  private String fold;
  /** {@link #indent()} once asked for; -1 before. */
  private int indent = -1;

  private TextLine(int start, int end, String raw) {
    this.start = start;
    this.end = end;
    this.raw = raw;
  }

  /** The lines of {@code text} in {@code [from, to)}, at most {@code maxLines} of them. */
  public static ImmutableList<TextLine> of(String text, int from, int to, int maxLines) {
    ImmutableList.Builder<TextLine> out = ImmutableList.builder();
    int i = from;
    int n = 0;
    while (i < to && n < maxLines) {
      int nl = text.indexOf('\n', i);
      int end = nl < 0 || nl > to ? to : nl;
      out.add(new TextLine(i, end, text.substring(i, Math.min(end, i + MAX_VIEW))));
      n++;
      i = end + 1;
    }
    return out.build();
  }

  /** The offset of the first character. */
  public int start() {
    return start;
  }

  /** The offset after the last character (before the newline). */
  public int end() {
    return end;
  }

  /** The source text of the line (at most {@value #MAX_VIEW} characters). */
  public String raw() {
    return raw;
  }

  /** The line with its markup blanked ({@link MatchText#clean}). */
  public String clean() {
    String c = clean;
    if (c == null) {
      c = MatchText.clean(raw);
      clean = c;
    }
    return c;
  }

  /** The line cleaned, lower case, without diacritics ({@link MatchText#fold}). */
  public String fold() {
    String f = fold;
    if (f == null) {
      f = MatchText.fold(raw);
      fold = f;
    }
    return f;
  }

  /** Whether the line holds nothing but white space and markup. */
  public boolean blank() {
    return indent() == raw.length(); // the whole line is white space (the views have its length)
  }

  /**
   * The index in the views of the first character that is not white space, or length. Read
   * from the raw line, without building its clean view: {@link MatchText#clean} blanks markup
   * and keeps every other character.
   */
  public int indent() {
    int i = indent;
    if (i < 0) {
      i = 0;
      while (i < raw.length() && (Character.isWhitespace(raw.charAt(i)) || MatchText.isMarkup(raw.charAt(i)))) {
        i++;
      }
      indent = i;
    }
    return i;
  }

  /** The cleaned text with white space collapsed. */
  public String collapsed() {
    return MatchText.collapse(clean());
  }

  /** The folded text, trimmed. */
  public String folded() {
    return fold().trim();
  }

  /**
   * Whether every letter of the line is upper case (at least {@code min} letters): the
   * headings and issuing bodies of a header.
   */
  public boolean upper(int min) {
    return MatchText.upper(clean(), min);
  }


  /** The number of characters of the line (not only of its views). */
  public int length() {
    return end - start;
  }

  @Override
  public String toString() {
    return "TextLine[" + start + ", " + end + ": " + raw + "]";
  }
}
