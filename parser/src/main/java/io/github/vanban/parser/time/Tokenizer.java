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

  static ImmutableList<Token> tokens(String nfc) {
    String folded = Fold.stripMarks(nfc).toLowerCase(Locale.ROOT);
    if (folded.length() != nfc.length()) {
      // Should not happen for NFC Vietnamese; fall back to a character-wise fold.
      folded = foldCharwise(nfc);
    }
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
      out.add(new Token(type, folded.substring(i, j), nfc.substring(i, j), i, j));
      i = j;
    }
    return out.build();
  }

  private static String foldCharwise(String nfc) {
    StringBuilder b = new StringBuilder(nfc.length());
    for (int i = 0; i < nfc.length(); i++) {
      String s = Fold.stripMarks(String.valueOf(nfc.charAt(i))).toLowerCase(Locale.ROOT);
      b.append(s.length() == 1 ? s.charAt(0) : nfc.charAt(i));
    }
    return b.toString();
  }
}
