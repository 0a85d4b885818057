package io.github.vanban.parser.text;

import com.google.common.collect.ImmutableList;

/**
 * One line of a source, {@code [start, end)} without its line end, with its {@link
 * MatchText#clean clean} and {@link MatchText#fold folded} views (same length, so an index
 * {@code i} into a view is the offset {@code start + i} in the source).
 *
 * @param start offset of the first character
 * @param end offset after the last character (before the newline)
 * @param raw the source text of the line
 * @param clean markup blanked
 * @param fold cleaned, lower case, no diacritics
 */
public record TextLine(int start, int end, String raw, String clean, String fold) {
  /** The most characters of one line kept in its views; {@link #end()} stays the true end. */
  public static final int MAX_VIEW = 6000;

  /** The lines of {@code text} in {@code [from, to)}, at most {@code maxLines} of them. */
  public static ImmutableList<TextLine> of(String text, int from, int to, int maxLines) {
    ImmutableList.Builder<TextLine> out = ImmutableList.builder();
    int i = from;
    int n = 0;
    while (i < to && n < maxLines) {
      int nl = text.indexOf('\n', i);
      int end = nl < 0 || nl > to ? to : nl;
      String raw = text.substring(i, Math.min(end, i + MAX_VIEW));
      out.add(new TextLine(i, end, raw, MatchText.clean(raw), MatchText.fold(raw)));
      n++;
      i = end + 1;
    }
    return out.build();
  }

  /** Whether the line holds nothing but white space and markup. */
  public boolean blank() {
    return clean.isBlank();
  }

  /** The index in the views of the first character that is not white space, or length. */
  public int indent() {
    int i = 0;
    while (i < clean.length() && Character.isWhitespace(clean.charAt(i))) {
      i++;
    }
    return i;
  }

  /** The cleaned text with white space collapsed. */
  public String collapsed() {
    return MatchText.collapse(clean);
  }

  /** The folded text, trimmed. */
  public String folded() {
    return fold.trim();
  }

  /**
   * Whether every letter of the line is upper case (at least {@code min} letters): the
   * headings and issuing bodies of a header.
   */
  public boolean upper(int min) {
    int letters = 0;
    for (int i = 0; i < clean.length(); i++) {
      char c = clean.charAt(i);
      if (Character.isLetter(c)) {
        if (Character.isLowerCase(c)) {
          return false;
        }
        letters++;
      }
    }
    return letters >= min;
  }

  /** The number of characters of the line (not only of its views). */
  public int length() {
    return end - start;
  }
}
