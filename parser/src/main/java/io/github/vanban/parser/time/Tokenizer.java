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

  /** The one-character strings of ASCII: marks, digits and one-letter words need no new string. */
  private static final ImmutableList<String> ONE_CHAR = oneCharStrings();

  private static ImmutableList<String> oneCharStrings() {
    ImmutableList.Builder<String> b = ImmutableList.builder();
    for (char c = 0; c < 128; c++) {
      b.add(String.valueOf(c));
    }
    return b.build();
  }

  /** The folded form (lower case, no marks, đ as d) of every char below U+2000. */
  private static final char[] FOLDED = foldTable();

  /**
   * The tokens of the clause {@code nfc[from, to)}, with their offsets in {@code nfc}: those of
   * the clause alone, shifted by {@code from}.
   */
  static ImmutableList<Token> tokens(String nfc, int from, int to) {
    char[] folded = fold(nfc, from, to);
    ImmutableList.Builder<Token> out = ImmutableList.builder();
    int n = to - from;
    int i = 0;
    while (i < n) {
      char c = folded[i];
      byte kind = kindOf(c);
      if (kind == SPACE) {
        i++;
        continue;
      }
      int j = i + 1;
      int hash = c; // the String.hashCode of the folded word, computed as it is read
      Token.Type type;
      if (kind == DIGIT) {
        while (j < n && kindOf(folded[j]) == DIGIT) {
          hash = 31 * hash + folded[j++];
        }
        type = Token.Type.NUMBER;
      } else if (kind == LETTER) {
        while (j < n && kindOf(folded[j]) == LETTER) {
          hash = 31 * hash + folded[j++];
        }
        type = Token.Type.WORD;
      } else {
        type = Token.Type.MARK;
      }
      Words.Openings opens = type == Token.Type.MARK
          ? Words.Openings.NONE : Words.openedBy(folded, i, j, hash);
      // a word of the tables is its table's string; no new one is made for it, and for any
      // other only when asked for
      String norm = opens != Words.Openings.NONE ? opens.word()
          : j - i == 1 && c < ONE_CHAR.size() ? ONE_CHAR.get(c) : null;
      out.add(Token.of(type, norm, folded, i, nfc, from + i, from + j, opens));
      i = j;
    }
    return out.build();
  }

  private static final byte OTHER = 0;
  private static final byte SPACE = 1;
  private static final byte DIGIT = 2;
  private static final byte LETTER = 3;

  /** The class of every char below U+2000, as the {@link Character} tests give it. */
  private static final byte[] KIND = kindTable();

  private static byte kindOf(char c) {
    return c < KIND.length ? KIND[c] : kindByCharacter(c);
  }

  private static byte kindByCharacter(char c) {
    if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
      return SPACE;
    }
    return Character.isDigit(c) ? DIGIT : Character.isLetter(c) ? LETTER : OTHER;
  }

  private static byte[] kindTable() {
    byte[] table = new byte[0x2000];
    for (char c = 0; c < table.length; c++) {
      table[c] = kindByCharacter(c);
    }
    return table;
  }

  /** Folds {@code nfc[from, to)} char by char through the table; the result has its length. */
  private static char[] fold(String nfc, int from, int to) {
    char[] out = new char[to - from];
    for (int i = 0; i < out.length; i++) {
      char c = nfc.charAt(from + i);
      out[i] = c < FOLDED.length ? FOLDED[c] : Character.toLowerCase(c);
    }
    return out;
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
