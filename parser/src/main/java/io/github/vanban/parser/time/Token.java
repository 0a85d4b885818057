package io.github.vanban.parser.time;

/**
 * One token of a clause: a word, a number or a punctuation mark, with its folded form
 * ({@code norm}: lower case, marks stripped), its text as printed and its offsets.
 */
record Token(Type type, String norm, String printed, int start, int end) {

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

  /** The value of a number token; -1 if it is not one or is too long to be a date part. */
  int value() {
    if (type != Type.NUMBER || norm.length() > 4) {
      return -1;
    }
    return Integer.parseInt(norm);
  }

  /** Whether the printed word carries no diacritics ({@code ngay} rather than {@code ngày}). */
  boolean printedWithoutMarks() {
    return printed.equals(norm) || printed.toLowerCase(java.util.Locale.ROOT).equals(norm);
  }
}
