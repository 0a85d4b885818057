package io.github.vanban.parser.text;

import io.github.vanban.core.text.Fold;

/**
 * Same-length views of text for matching: {@link #clean} blanks the markup of web copies
 * (markdown asterisks, table pipes, backslash escapes, hashes) and {@link #fold} also lowers
 * case and strips diacritics ({@code đ} as {@code d}). Because every view keeps the length
 * of its input, an offset found in a view is the offset of the same words in the source.
 */
public final class MatchText {
  private MatchText() {}

  /** {@code text} with markup characters as spaces; same length. */
  public static String clean(CharSequence text) {
    if (text instanceof String s) {
      int n = s.length();
      int first = 0;
      while (first < n && !isMarkup(s.charAt(first))) {
        first++;
      }
      if (first == n) {
        return s; // nothing to blank: no copy
      }
      char[] out = s.toCharArray();
      for (int i = first; i < n; i++) {
        if (isMarkup(out[i])) {
          out[i] = ' ';
        }
      }
      return new String(out);
    }
    char[] out = new char[text.length()];
    for (int i = 0; i < out.length; i++) {
      char c = text.charAt(i);
      out[i] = isMarkup(c) ? ' ' : c;
    }
    return new String(out);
  }

  /**
   * The folded form of every character below U+2000: markup as a space, else the lower-case
   * base letter of Latin letters with marks (as {@link Fold#stripMarks} gives it), else the
   * lower case of the character.
   */
  private static final char[] FOLD = new char[0x2000];

  static {
    for (char c = 0; c < FOLD.length; c++) {
      char d = c;
      if (isMarkup(c)) {
        d = ' ';
      } else if (c >= 0x80 && (c < 0x250 || c >= 0x1e00)) {
        String s = Fold.stripMarks(String.valueOf(c));
        d = s.length() == 1 ? s.charAt(0) : c;
      }
      FOLD[c] = Character.toLowerCase(d);
    }
  }

  /**
   * {@code text} cleaned, lower case, without diacritics ({@code đ} as {@code d}); same length
   * as the input, one table look-up per character.
   */
  public static String fold(CharSequence text) {
    char[] out;
    if (text instanceof String s) {
      out = s.toCharArray();
    } else {
      out = new char[text.length()];
      for (int i = 0; i < out.length; i++) {
        out[i] = text.charAt(i);
      }
    }
    foldArray(out);
    return new String(out);
  }

  /** {@link #fold}{@code (text.substring(from, to))}, without copying the substring first. */
  public static String fold(String text, int from, int to) {
    return new String(foldChars(text, from, to));
  }

  /**
   * The characters of {@link #fold}{@code (text, from, to)}, in a new array: for a caller that
   * reads them from an array as well as from the string.
   */
  public static char[] foldChars(String text, int from, int to) {
    char[] out = new char[to - from];
    text.getChars(from, to, out, 0);
    foldArray(out);
    return out;
  }

  /** Folds {@code out} in place, one table look-up a character. */
  private static void foldArray(char[] out) {
    for (int i = 0; i < out.length; i++) {
      char c = out[i];
      out[i] = c < FOLD.length ? FOLD[c] : Character.toLowerCase(c);
    }
  }

  /** The folded form of one character, as {@link #fold} gives it. */
  public static char foldChar(char c) {
    return c < FOLD.length ? FOLD[c] : Character.toLowerCase(c);
  }

  /**
   * The first offset in {@code [from, to)} whose folded character is above a space, or {@code
   * to}: where {@link #fold}{@code (s.subSequence(from, to)).trim()} begins, found without
   * folding.
   */
  public static int foldedTrimStart(CharSequence s, int from, int to) {
    int k = from;
    while (k < to && foldChar(s.charAt(k)) <= ' ') {
      k++;
    }
    return k;
  }

  /**
   * Whether {@link #fold}{@code (s)} holds {@code folded} at {@code at} (false past its end):
   * a comparison that folds only the characters it compares.
   */
  public static boolean foldedStartsWith(CharSequence s, int at, String folded) {
    if (at < 0 || at + folded.length() > s.length()) {
      return false;
    }
    for (int k = 0; k < folded.length(); k++) {
      if (foldChar(s.charAt(at + k)) != folded.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@link #fold}{@code (s)} contains {@code folded}, without folding {@code s}: a line
   * that does not hold a phrase need not be folded to learn it.
   */
  public static boolean foldedContains(CharSequence s, String folded) {
    if (folded.isEmpty()) {
      return true;
    }
    char first = folded.charAt(0);
    for (int p = 0, last = s.length() - folded.length(); p <= last; p++) {
      if (foldChar(s.charAt(p)) == first && foldedStartsWith(s, p, folded)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The end of {@code s.substring(0, end)} without its trailing white space (what {@link
   * String#stripTrailing} leaves of it), without the copies.
   */
  public static int strippedEnd(CharSequence s, int end) {
    int e = end;
    while (e > 0 && Character.isWhitespace(s.charAt(e - 1))) {
      e--;
    }
    return e;
  }

  /**
   * Whether {@code s.substring(0, end)} ends with a comma once its trailing white space is
   * stripped ({@code ", ngày …"} after a place name).
   */
  public static boolean commaBefore(CharSequence s, int end) {
    int e = strippedEnd(s, end);
    return e > 0 && s.charAt(e - 1) == ',';
  }

  /** Whether {@code c} is markup of a web copy rather than text. */
  public static boolean isMarkup(char c) {
    return c == '*' || c == '|' || c == '\\' || c == '#' || c == '\t';
  }

  /** Whether {@code c} starts or ends a word of letters and digits. */
  public static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c);
  }

  /**
   * The index of {@code word} in folded {@code f} at or after {@code from} and before {@code
   * to}, as a whole word (no letter or digit on either side); -1 if absent.
   */
  public static int findWord(String f, String word, int from, int to) {
    int i = from;
    int end = Math.min(to, f.length());
    while (i <= end - word.length()) {
      int j = f.indexOf(word, i);
      if (j < 0 || j + word.length() > end) {
        return -1;
      }
      boolean left = j == 0 || !isWordChar(f.charAt(j - 1));
      boolean right = j + word.length() >= f.length() || !isWordChar(f.charAt(j + word.length()));
      if (left && right) {
        return j;
      }
      i = j + 1;
    }
    return -1;
  }

  /** Whether folded {@code f} holds {@code word} as a whole word at {@code i}. */
  public static boolean wordAt(String f, int i, String word) {
    if (i < 0 || i + word.length() > f.length() || !f.startsWith(word, i)) {
      return false;
    }
    boolean left = i == 0 || !isWordChar(f.charAt(i - 1));
    boolean right = i + word.length() >= f.length() || !isWordChar(f.charAt(i + word.length()));
    return left && right;
  }

  /**
   * Whether {@code text} has at least {@code minLetters} letters and none of them lower case:
   * the headings and issuing bodies of a header.
   */
  public static boolean upper(CharSequence text, int minLetters) {
    int letters = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        if (Character.isLowerCase(c)) {
          return false;
        }
        letters++;
      }
    }
    return letters >= minLetters;
  }

  /** White space collapsed to single spaces and trimmed; markup removed. */
  public static String collapse(CharSequence text) {
    int n = text.length();
    char[] out = new char[n];
    int len = 0;
    boolean space = false;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (isGap(c)) {
        space = len > 0;
      } else {
        if (space) {
          out[len++] = ' ';
          space = false;
        }
        out[len++] = c;
      }
    }
    return new String(out, 0, len);
  }

  /**
   * The length of {@link #collapse}{@code (text)} without building it; once it is past {@code
   * cap}, some length past {@code cap}.
   */
  public static int collapsedLength(CharSequence text, int cap) {
    int n = 0;
    boolean space = false;
    for (int i = 0; i < text.length() && n <= cap; i++) {
      if (isGap(text.charAt(i))) {
        space = n > 0;
      } else {
        n += space ? 2 : 1;
        space = false;
      }
    }
    return n;
  }

  /** Whether {@link #collapse} drops {@code c}: white space, a space or markup. */
  private static boolean isGap(char c) {
    return c < GAP.length ? GAP[c] : Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /** Whether each character below U+3000 is white space, a space or markup, as {@link #collapse} asks. */
  private static final boolean[] GAP = gaps();

  private static boolean[] gaps() {
    boolean[] g = new boolean[0x3000];
    for (char c = 0; c < g.length; c++) {
      g[c] = Character.isWhitespace(c) || isMarkup(c) || Character.isSpaceChar(c);
    }
    return g;
  }
}
