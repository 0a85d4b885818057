package io.github.vanban.parser.time;

/**
 * One token of a clause: a word, a number or a punctuation mark, with its folded form
 * ({@code norm}: lower case, marks stripped), its text as printed, its offsets and, for a
 * number of at most four digits, its value ({@code value}, else -1), and what it opens in
 * {@link Words} ({@code opens}: the groups with a phrase it begins, one bit per group, and
 * those phrases), which lets a look-up of a word that opens no phrase of a group stop at once
 * and one that does go straight to its phrases.
 */
record Token(Type type, String norm, String printed, int start, int end, int value,
    Words.Openings opens) {

  /** What a token is. */
  enum Type {
    WORD, NUMBER, MARK
  }

  boolean isWord(String w) {
    return type == Type.WORD && norm.equals(w);
  }

  boolean isMark(char c) {
    return type == Type.MARK && norm.charAt(0) == c;
  }

  boolean isNumber() {
    return type == Type.NUMBER;
  }

  /**
   * A token; {@code value} is read from a number of at most four digits, else -1; {@code
   * opens} is what its folded form opens ({@link Words#openedBy}, {@code NONE} for a mark).
   */
  static Token of(Type type, String norm, String printed, int start, int end,
      Words.Openings opens) {
    int value = type == Type.NUMBER && norm.length() <= 4 ? Integer.parseInt(norm) : -1;
    return new Token(type, norm, printed, start, end, value, opens);
  }

  /** Whether the printed word carries no diacritics ({@code ngay} rather than {@code ngày}). */
  boolean printedWithoutMarks() {
    return printed.equals(norm) || printed.toLowerCase(java.util.Locale.ROOT).equals(norm);
  }
}
