package io.github.vanban.parser.text;

import java.text.Normalizer;

/**
 * The boundary normalisation of all text vanban reads: Unicode NFC, line ends as {@code \n},
 * control characters other than tab and newline as spaces, no-break spaces as spaces. Every
 * span the parser reports is an offset into the text this returns.
 */
public final class TextNormalizer {
  private TextNormalizer() {}

  /** The normalised form of {@code text}; linear in its length. */
  public static String normalize(CharSequence text) {
    String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
    if (clean(nfc)) {
      return nfc;
    }
    StringBuilder b = new StringBuilder(nfc.length());
    for (int i = 0; i < nfc.length(); i++) {
      char c = nfc.charAt(i);
      if (c == '\r') {
        if (i + 1 < nfc.length() && nfc.charAt(i + 1) == '\n') {
          continue;
        }
        b.append('\n');
      } else if (c == '\u00a0' || c == '\u2007' || c == '\u202f' || c == '\ufeff') {
        b.append(' ');
      } else if (c == '\u2028' || c == '\u2029') {
        b.append('\n');
      } else if (Character.isISOControl(c) && c != '\n' && c != '\t') {
        b.append(' ');
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** Whether {@code nfc} has no character that {@link #normalize} rewrites. */
  private static boolean clean(String nfc) {
    for (int i = 0; i < nfc.length(); i++) {
      char c = nfc.charAt(i);
      if (c < REWRITTEN.length ? REWRITTEN[c] : c == '\ufeff') {
        return false;
      }
    }
    return true;
  }

  /** Whether {@link #normalize} rewrites each character below U+2030 (one look-up a character). */
  private static final boolean[] REWRITTEN = new boolean[0x2030];

  static {
    for (char c = 0; c < REWRITTEN.length; c++) {
      REWRITTEN[c] = rewritten(c);
    }
  }

  /** Whether {@link #normalize} rewrites {@code c}: a line end, a special space, a control character. */
  private static boolean rewritten(char c) {
    return c == '\r' || c == '\u00a0' || c == '\u2007' || c == '\u202f' || c == '\ufeff'
        || c == '\u2028' || c == '\u2029' || Character.isISOControl(c) && c != '\n' && c != '\t';
  }
}
