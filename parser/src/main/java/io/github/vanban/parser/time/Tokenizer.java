package io.github.vanban.parser.time;

import com.google.common.collect.ImmutableList;
import io.github.vanban.core.text.Fold;
import java.util.Locale;

/**
 * Splits an NFC clause into words, numbers and punctuation marks in one pass. Letters and
 * digits glued together ({@code 16h00}, {@code 05/6}) are split at every change of class,
 * so {@code 16h00} gives {@code 16}, {@code h}, {@code 00}.
 */
final class Tokenizer {
  private Tokenizer() {}

  /** The folded form (lower case, no marks, đ as d) of every char below U+2000. */
  private static final char[] FOLDED = foldTable();

  static ImmutableList<Token> tokens(String nfc) {
    String folded = fold(nfc);
    ImmutableList.Builder<Token> out = ImmutableList.builder();
    int n = nfc.length();
    int i = 0;
    while (i < n) {
      char c = folded.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        i++;
        continue;
      }
      int j = i + 1;
      Token.Type type;
      if (Character.isDigit(c)) {
        while (j < n && Character.isDigit(folded.charAt(j))) {
          j++;
        }
        type = Token.Type.NUMBER;
      } else if (Character.isLetter(c)) {
        while (j < n && Character.isLetter(folded.charAt(j))) {
          j++;
        }
        type = Token.Type.WORD;
      } else {
        type = Token.Type.MARK;
      }
      out.add(Token.of(type, folded.substring(i, j), nfc.substring(i, j), i, j));
      i = j;
    }
    return out.build();
  }

  /** Folds char by char through the table; the result has the length of the input. */
  private static String fold(String nfc) {
    char[] out = new char[nfc.length()];
    for (int i = 0; i < out.length; i++) {
      char c = nfc.charAt(i);
      out[i] = c < FOLDED.length ? FOLDED[c] : Character.toLowerCase(c);
    }
    return new String(out);
  }

  private static char[] foldTable() {
    char[] table = new char[0x2000];
    for (char c = 0; c < table.length; c++) {
      String s = Fold.stripMarks(String.valueOf(c)).toLowerCase(Locale.ROOT);
      table[c] = s.length() == 1 ? s.charAt(0) : Character.toLowerCase(c);
    }
    return table;
  }
}
