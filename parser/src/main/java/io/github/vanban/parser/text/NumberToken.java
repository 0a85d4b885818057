package io.github.vanban.parser.text;

import io.github.vanban.core.DocumentNumber;
import java.util.Optional;

/**
 * Reads a document number and symbol as real text writes it: {@code 539 /UBND-VHXH}, {@code
 * 08/NQ -TW}, {@code 906/KT- KĐ}, {@code 84 QĐ/TWĐTN} (separator lost), {@code
 * 2865/GDĐT –KT&KĐCL} (en dash), {@code 217-QĐ/TWngày} (glued to the next word). The
 * printed form drops spaces and writes dashes as {@code -}. A linear scanner over at most
 * {@link #MAX} characters.
 */
public final class NumberToken {
  /** The most characters a number and symbol may take. */
  public static final int MAX = 48;

  private NumberToken() {}

  /**
   * A number read from the source.
   *
   * @param number the parsed number
   * @param start offset of its first digit
   * @param end offset after its last character
   */
  public record Found(DocumentNumber number, int start, int end) {}

  /** The number whose first digit is at {@code i} of {@code text}, if one is written there. */
  public static Optional<Found> at(CharSequence text, int i) {
    int n = text.length();
    if (i >= n || !isDigit(text.charAt(i)) || (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1)))) {
      return Optional.empty();
    }
    int limit = Math.min(n, i + MAX);
    StringBuilder b = new StringBuilder();
    int p = i;
    while (p < limit && isDigit(text.charAt(p)) && b.length() < 6) {
      b.append(text.charAt(p++));
    }
    if (p < limit && isDigit(text.charAt(p))) {
      return Optional.empty();
    }
    // a letter suffix of the sequence: 12a/...
    if (p + 1 < limit && Character.isLowerCase(text.charAt(p)) && isSep(text.charAt(p + 1))) {
      b.append(text.charAt(p++));
    }
    int q = skipSpaces(text, p, limit, 2);
    boolean sepMissing = false;
    if (q < limit && isSep(text.charAt(q))) {
      b.append(text.charAt(q) == '/' ? '/' : '-');
      p = skipSpaces(text, q + 1, limit, 2);
    } else if (q > p && q < limit && isUpper(text.charAt(q))) {
      sepMissing = true;
      p = q;
    } else {
      return Optional.empty();
    }
    int symbolStart = b.length();
    int end = p;
    int lastGroupStart = b.length();
    while (p < limit) {
      char c = text.charAt(p);
      if (Character.isLetterOrDigit(c) || c == '&' || c == 'Đ' || c == 'đ') {
        if (!plainSymbolLetter(c)) {
          // a word with diacritics glued on (VPĐOÀN): cut at the last Đ of the group
          int cut = b.lastIndexOf("Đ");
          if (cut > lastGroupStart) {
            int drop = b.length() - cut;
            b.setLength(cut);
            end -= drop;
          }
          break;
        }
        if (Character.isLowerCase(c) && p + 1 < limit && Character.isLowerCase(text.charAt(p + 1))) {
          break; // a glued lower-case word (TWngày)
        }
        b.append(c);
        p++;
        end = p;
      } else if (isSep(c) || c == '.') {
        int after = skipSpaces(text, p + 1, limit, 2);
        if (after < limit && isSymbolStart(text.charAt(after)) && b.length() > symbolStart) {
          b.append(c == '/' ? '/' : c == '.' ? '.' : '-');
          lastGroupStart = b.length();
          p = after;
        } else {
          break;
        }
      } else if (c == ' ') {
        int after = skipSpaces(text, p, limit, 2);
        if (after < limit && isSep(text.charAt(after)) && after + 1 < limit) {
          int next = skipSpaces(text, after + 1, limit, 2);
          if (next < limit && isSymbolStart(text.charAt(next))) {
            p = after;
            continue;
          }
        }
        if (after < limit && text.charAt(after) == '.' && after + 1 < limit
            && isUpper(text.charAt(after + 1))) {
          p = after;
          continue;
        }
        break;
      } else {
        break;
      }
    }
    if (b.length() == symbolStart || !hasLetter(b, symbolStart)) {
      return Optional.empty();
    }
    String printed = b.toString();
    if (sepMissing) {
      String seq = printed.substring(0, symbolStart);
      String sym = printed.substring(symbolStart);
      if (!sym.contains("/")) {
        return Optional.empty();
      }
      printed = seq + (sym.contains("/") ? "-" : "/") + sym;
    }
    Optional<DocumentNumber> number = DocumentNumber.parse(printed);
    int stop = trimEnd(text, i, endOf(text, i, p, end));
    return number.map(d -> new Found(d, i, stop));
  }

  private static int endOf(CharSequence text, int start, int p, int end) {
    return Math.max(start, Math.min(end, p));
  }

  private static int trimEnd(CharSequence text, int start, int end) {
    while (end > start && !Character.isLetterOrDigit(text.charAt(end - 1))) {
      end--;
    }
    return end;
  }

  private static boolean hasLetter(CharSequence b, int from) {
    for (int i = from; i < b.length(); i++) {
      if (Character.isLetter(b.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean plainSymbolLetter(char c) {
    return c < 0x80 || c == 'Đ' || c == 'đ';
  }

  private static boolean isSymbolStart(char c) {
    return Character.isLetterOrDigit(c) && plainSymbolLetter(c);
  }

  private static boolean isUpper(char c) {
    return Character.isUpperCase(c) && plainSymbolLetter(c);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isSep(char c) {
    return c == '/' || c == '-' || c == '–' || c == '—';
  }

  private static int skipSpaces(CharSequence text, int p, int limit, int max) {
    int n = 0;
    while (p < limit && n < max && (text.charAt(p) == ' ' || text.charAt(p) == '\u00a0')) {
      p++;
      n++;
    }
    return p;
  }
}
