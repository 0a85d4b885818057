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

  /**
   * What {@link #fold} makes of each character below U+3000 on its own: its folded letter or
   * digit, {@link #SEPARATOR}, {@link #DROPPED} (non-spacing marks only), or {@link #SLOW}
   * when the full decomposition must decide (a decomposition into several characters that
   * are not non-spacing marks, or one that canonical ordering could move). Since canonical
   * ordering only moves characters of non-zero combining class, and those left here are
   * non-spacing marks, which fold drops, folding character by character is then the same as
   * folding the decomposed text.
   */
  private static final char[] QUICK = quickTable();
  private static final char SEPARATOR = ' ';
  private static final char DROPPED = '\u0000';
  private static final char SLOW = '\uFFFF';

  private Fold() {}

  private static char[] quickTable() {
    char[] t = new char[0x3000];
    for (int c = 0; c < t.length; c++) {
      String d = Normalizer.normalize(String.valueOf((char) c), Normalizer.Form.NFD);
      char kept = DROPPED;
      int others = 0;
      for (int i = 0; i < d.length(); i++) {
        char x = d.charAt(i);
        if (Character.getType(x) == Character.NON_SPACING_MARK) {
          continue;
        }
        others++;
        if (reorderable(x)) {
          others = 2; // a combining class other than zero: leave it to the full path
        }
        if (x == 'đ' || x == 'Đ') {
          x = 'd';
        }
        kept = Character.isLetterOrDigit(x) ? Character.toLowerCase(x) : SEPARATOR;
      }
      t[c] = others > 1 || kept == SLOW ? SLOW : kept;
    }
    return t;
  }

  private static char[] baseLetters(int n) {
    char[] base = new char[n];
    for (int c = 0; c < n; c++) {
      base[c] = baseOf((char) c);
    }
    base['đ'] = 'd';
    base['Đ'] = 'D';
    return base;
  }

  /**
   * Whether canonical ordering could move {@code x} (a character in NFD) before a mark of
   * combining class 1 that follows it: true for every class above 1.
   */
  private static boolean reorderable(char x) {
    String s = Normalizer.normalize(x + "\u0334", Normalizer.Form.NFD);
    return s.length() != 2 || s.charAt(0) != x;
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
    int n = text.length();
    char[] out = new char[n];
    int len = 0;
    boolean space = true;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      char q = c < QUICK.length ? QUICK[c] : SLOW;
      if (q == SLOW) {
        return foldSlowly(text);
      }
      if (q == DROPPED) {
        continue;
      }
      if (q != SEPARATOR) {
        out[len++] = q;
        space = false;
      } else if (!space) {
        out[len++] = ' ';
        space = true;
      }
    }
    if (len > 0 && out[len - 1] == ' ') {
      len--;
    }
    return new String(out, 0, len);
  }

  /** {@link #fold} through the full canonical decomposition, for text outside the quick table. */
  private static String foldSlowly(CharSequence text) {
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
    int n = text.length();
    char[] out = new char[n];
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      char q = c < QUICK_STRIP.length ? QUICK_STRIP[c] : SLOW;
      if (q == SLOW) {
        return stripMarksSlowly(text);
      }
      out[i] = q;
    }
    return new String(out);
  }

  /**
   * {@link #stripMarks} of each character of Latin (below U+0300), Vietnamese (U+1E00..U+1EFF)
   * and common punctuation (U+2010..U+206F) that is no combining mark and is in NFC alone:
   * none composes with a character before it, so text made only of them is already NFC.
   * {@link #SLOW} for the others.
   */
  private static final char[] QUICK_STRIP = quickStripTable();

  /** What {@link #stripMarkAlone} gives for a character that its neighbours may change. */
  public static final char UNDECIDED = SLOW;

  /**
   * What {@link #stripMarks} makes of {@code c} wherever it stands in text made only of such
   * characters, or {@link #UNDECIDED} when the character needs the whole text (normalization):
   * a per-character table for callers that strip in their own pass.
   */
  public static char stripMarkAlone(char c) {
    return c < QUICK_STRIP.length ? QUICK_STRIP[c] : SLOW;
  }

  private static char[] quickStripTable() {
    char[] t = new char[0x2070];
    for (int c = 0; c < t.length; c++) {
      char ch = (char) c;
      boolean plain = c < 0x0300 || c >= 0x1E00 && c < 0x1F00 || c >= 0x2010;
      int type = Character.getType(ch);
      boolean mark = type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
          || type == Character.ENCLOSING_MARK;
      t[c] = plain && !mark && Normalizer.isNormalized(String.valueOf(ch), Normalizer.Form.NFC)
          ? (c < BASE.length ? BASE[c] : baseOf(ch)) : SLOW;
    }
    return t;
  }

  private static String stripMarksSlowly(CharSequence text) {
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
