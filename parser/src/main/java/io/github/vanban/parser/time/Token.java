package io.github.vanban.parser.time;

/**
 * One token of a clause: a word, a number or a punctuation mark, with its folded form
 * ({@code norm}: lower case, marks stripped), the text it was read from ({@code source}; its
 * text as printed is {@link #printed()}, made only when asked for), its offsets in that text
 * and, for a number of at most four digits, its value ({@code value}, else -1), and what it
 * opens in {@link Words} ({@code opens}: the groups with a phrase it begins, one bit per group,
 * and those phrases), which lets a look-up of a word that opens no phrase of a group stop at
 * once and one that does go straight to its phrases.
 *
 * <p>A word of the tables has their string as its folded form; any other keeps the chars it
 * was folded into and makes its string only when {@link #norm()} is asked for: most are
 * compared ({@link #isWord}, {@link #normIs}) and never printed. A token belongs to the one
 * reading of one clause (the string, once made, is kept).
 */
final class Token {

  /** What a token is. */
  enum Type {
    WORD, NUMBER, MARK
  }

  private final Type type;
  private final String source;
  private final int start;
  private final int end;
  private final int value;
  private final Words.Openings opens;
  /** The folded chars of the clause; this token's are {@code [at, at + end - start)}. */
  private final char[] folded;
  private final int at;
  /** The folded form, or null until {@link #norm()} makes it from {@link #folded}. */
  private String norm;

  private Token(Type type, String norm, char[] folded, int at, String source, int start,
      int end, int value, Words.Openings opens) {
    this.type = type;
    this.norm = norm;
    this.folded = folded;
    this.at = at;
    this.source = source;
    this.start = start;
    this.end = end;
    this.value = value;
    this.opens = opens;
  }

  /**
   * A token of {@code source[start, end)} whose folded form is {@code folded[at, at + end -
   * start)}; {@code norm} is that form when a table already holds it as a string, else null
   * (made when asked for). {@code value} is read from a number of at most four digits, else -1
   * (as {@link Integer#parseInt} reads the folded form); {@code opens} is what the folded form
   * opens ({@link Words#openedBy}, {@code NONE} for a mark).
   */
  static Token of(Type type, String norm, char[] folded, int at, String source, int start,
      int end, Words.Openings opens) {
    int length = end - start;
    int value = -1;
    if (type == Type.NUMBER && length <= 4) {
      value = 0;
      for (int k = at; k < at + length; k++) {
        value = value * 10 + Character.digit(folded[k], 10);
      }
    }
    return new Token(type, norm, folded, at, source, start, end, value, opens);
  }

  Type type() {
    return type;
  }

  /** The folded form: lower case, marks stripped. */
  String norm() {
    if (norm == null) {
      norm = new String(folded, at, end - start);
    }
    return norm;
  }

  /** The text the token was read from. */
  String source() {
    return source;
  }

  /** The offset of its first char in {@link #source()}. */
  int start() {
    return start;
  }

  /** The offset after its last char in {@link #source()}. */
  int end() {
    return end;
  }

  /** The value of a number of at most four digits, else -1. */
  int value() {
    return value;
  }

  /** What its folded form opens in {@link Words}. */
  Words.Openings opens() {
    return opens;
  }

  /** Whether the folded form is {@code w}: {@code norm().equals(w)}, without making it. */
  boolean normIs(String w) {
    if (norm != null) {
      return norm.equals(w);
    }
    int n = end - start;
    if (w.length() != n) {
      return false;
    }
    for (int k = 0; k < n; k++) {
      if (folded[at + k] != w.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  boolean isWord(String w) {
    return type == Type.WORD && normIs(w);
  }

  boolean isMark(char c) {
    return type == Type.MARK && folded[at] == c; // a mark is one char
  }

  /** The number of chars of the token, in its source and in its folded form. */
  int length() {
    return end - start;
  }

  boolean isNumber() {
    return type == Type.NUMBER;
  }

  /** The token as printed in its source text. */
  String printed() {
    return source.substring(start, end);
  }

  /** Whether the printed word carries no diacritics ({@code ngay} rather than {@code ngày}). */
  boolean printedWithoutMarks() {
    String n = norm();
    return source.regionMatches(start, n, 0, end - start)
        && n.length() == end - start // as printed.equals(n)
        || printed().toLowerCase(java.util.Locale.ROOT).equals(n);
  }

  @Override
  public String toString() {
    return type + " " + norm() + " [" + start + ", " + end + ")";
  }
}
