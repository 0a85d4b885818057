package io.github.vanban.core.text;

import java.text.Normalizer;

/**
 * Folding of Vietnamese text for comparison: lower case, diacritics removed, {@code đ} as
 * {@code d}, every run of characters other than letters and digits as one space. Under it
 * {@code "Ủy ban"}, {@code "Uỷ ban"} and {@code "UY BAN"} are equal, as are the words an OCR
 * engine printed without their marks.
 */
public final class Fold {
  private Fold() {}

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
    String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
    StringBuilder b = new StringBuilder(nfc.length());
    for (int i = 0; i < nfc.length(); i++) {
      char c = nfc.charAt(i);
      if (c < 0x80) {
        b.append(c);
      } else if (c == 'đ') {
        b.append('d');
      } else if (c == 'Đ') {
        b.append('D');
      } else {
        String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        char base = d.charAt(0);
        b.append(Character.getType(base) == Character.NON_SPACING_MARK ? c : base);
      }
    }
    return b.toString();
  }
}
