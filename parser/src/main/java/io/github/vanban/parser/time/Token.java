package io.github.vanban.parser.time;

/**
 * One token of a clause: a word, a number or a punctuation mark, with its folded form
 * ({@code norm}: lower case, marks stripped), the text it was read from ({@code source}; its
 * text as printed is {@link #printed()}, made only when asked for), its offsets in that text
 * and, for a number of at most four digits, its value ({@code value}, else -1), and what it
 * opens in {@link Words} ({@code opens}: the groups with a phrase it begins, one bit per group,
 * and those phrases), which lets a look-up of a word that opens no phrase of a group stop at
 * once and one that does go straight to its phrases.
 */
record Token(Type type, String norm, String source, int start, int end, int value,
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
   * A token of {@code source[start, end)}; {@code value} is read from a number of at most four
   * digits, else -1; {@code opens} is what its folded form opens ({@link Words#openedBy},
   * {@code NONE} for a mark).
   */
  static Token of(Type type, String norm, String source, int start, int end,
      Words.Openings opens) {
    int value = type == Type.NUMBER && norm.length() <= 4 ? Integer.parseInt(norm) : -1;
    return new Token(type, norm, source, start, end, value, opens);
  }

  /** The token as printed in its source text. */
  String printed() {
    return source.substring(start, end);
  }

  /** Whether the printed word carries no diacritics ({@code ngay} rather than {@code ngày}). */
  boolean printedWithoutMarks() {
    return source.regionMatches(start, norm, 0, end - start)
        && norm.length() == end - start // as printed.equals(norm)
        || printed().toLowerCase(java.util.Locale.ROOT).equals(norm);
  }
}
