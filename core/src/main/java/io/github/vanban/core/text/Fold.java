package io.github.vanban.core.text;

import java.text.Normalizer;

/**
 * Folding of Vietnamese text for comparison: lower case, diacritics removed, {@code đ} as
 * {@code d}, every run of characters other than letters and digits as one space. Under it
 * {@code "Ủy ban"}, {@code "Uỷ ban"} and {@code "UY BAN"} are equal, as are the words an OCR
 * engine printed without their marks.
 */
public final class Fold {
  /** Base letters of U+0000..U+1EFF (Latin, Latin Extended, Vietnamese), computed once. */
  private static final char[] BASE = baseLetters(0x1F00);

  private Fold() {}

  private static char[] baseLetters(int n) {
    char[] base = new char[n];
    for (int c = 0; c < n; c++) {
      base[c] = baseOf((char) c);
    }
    base['đ'] = 'd';
    base['Đ'] = 'D';
    return base;
  }

  private static char baseOf(char c) {
    if (c < 0x80 || Character.isSurrogate(c)) {
      return c;
    }
    String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
    char base = d.charAt(0);
    return Character.getType(base) == Character.NON_SPACING_MARK ? c : base;
  }

  /** The folded form of {@code text}; linear in its length. */
  public static String fold(CharSequence text) {
    String nfd = Normalizer.normalize(text, Normalizer.Form.NFD);
    StringBuilder b = new StringBuilder(nfd.length());
    boolean space = true;
    for (int i = 0; i < nfd.length(); i++) {
      char c = nfd.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      if (c == 'đ' || c == 'Đ') {
        c = 'd';
      }
      if (Character.isLetterOrDigit(c)) {
        b.append(Character.toLowerCase(c));
        space = false;
      } else if (!space) {
        b.append(' ');
        space = true;
      }
    }
    int n = b.length();
    if (n > 0 && b.charAt(n - 1) == ' ') {
      b.setLength(n - 1);
    }
    return b.toString();
  }

  /**
   * Removes the diacritics of {@code text} but keeps case, spacing and punctuation, with
   * {@code đ} as {@code d}; the result has the same length as the NFC input for Vietnamese
   * letters, which lets offsets of a match in the stripped text map back to the original.
   */
  public static String stripMarks(CharSequence text) {
    String nfc = Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text.toString()
        : Normalizer.normalize(text, Normalizer.Form.NFC);
    StringBuilder b = new StringBuilder(nfc.length());
    for (int i = 0; i < nfc.length(); i++) {
      char c = nfc.charAt(i);
      b.append(c < BASE.length ? BASE[c] : baseOf(c));
    }
    return b.toString();
  }
}
