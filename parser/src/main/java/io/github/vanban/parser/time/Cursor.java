package io.github.vanban.parser.time;

import java.util.List;

/**
 * The tokens of one clause with the small tests the grammar asks of them: is token {@code i}
 * this word, a number, a date separator, a year, {@code hằng năm}, a count; and the text
 * between two offsets.
 */
final class Cursor {
  private final String text;
  private final List<Token> t;

  Cursor(String text, List<Token> tokens) {
    this.text = text;
    this.t = tokens;
  }

  /** Whether token {@code i} is the noun {@code ngày} (printed with marks, or before a number). */
  boolean isDayWord(int i) {
    if (i >= t.size() || !t.get(i).isWord("ngay")) {
      return false;
    }
    Token k = t.get(i);
    if (!k.printedWithoutMarks()) {
      String lower = k.printed().toLowerCase(java.util.Locale.ROOT);
      return lower.startsWith("ng") && !lower.equals("ngay");
    }
    // printed without marks: the noun when a number or "làm việc"/"ký" follows
    return num(i + 1) || words(i + 1, "lam", "viec") > 0 || word(i + 1, "ky")
        || word(i + 1, "cuoi");
  }

  boolean word(int i, String w) {
    return i >= 0 && i < t.size() && t.get(i).isWord(w);
  }

  int words(int i, String... ws) {
    for (int k = 0; k < ws.length; k++) {
      if (!word(i + k, ws[k])) {
        return -1;
      }
    }
    return i + ws.length;
  }

  boolean num(int i) {
    return i >= 0 && i < t.size() && t.get(i).isNumber() && t.get(i).value() >= 0;
  }

  boolean sep(int i) {
    return i < t.size() && (t.get(i).isMark('/') || t.get(i).isMark('-') || t.get(i).isMark('.'));
  }

  /** A four-digit year from 1900 to 2199 at {@code i}, else -1. */
  int year(int i) {
    if (!num(i) || t.get(i).length() != 4) {
      return -1;
    }
    int y = t.get(i).value();
    return y >= 1900 && y < 2200 ? y : -1;
  }

  /** The year of {@code /2020}, {@code -2020} or {@code năm 2020} at {@code i}, else -1 (it takes two tokens). */
  int yearAfter(int i) {
    return sep(i) || word(i, "nam") ? year(i + 1) : -1;
  }

  /** {@code hằng năm}, {@code hàng tháng}, {@code mỗi quý}: the index after it, else -1. */
  int every(int i, String unit) {
    Words.Match ev = Words.match(t, i, Words.EVERY);
    if (ev == null || !word(ev.end(), unit)) {
      return -1;
    }
    return ev.end() + 1;
  }

  /** A count written in digits or words ({@code 10}, {@code mười}, {@code 06}), else -1. */
  int count(int i) {
    if (i >= t.size()) {
      return -1;
    }
    if (num(i)) {
      int v = t.get(i).value();
      return v > 0 && v <= 366 ? v : -1;
    }
    Words.Match m = Words.match(t, i, Words.NUMBER);
    return m == null ? -1 : Integer.parseInt(m.value());
  }

  int countEnd(int i) {
    if (num(i)) {
      return i + 1;
    }
    Words.Match m = Words.match(t, i, Words.NUMBER);
    return m == null ? i : m.end();
  }

  int quarterNumber(int i) {
    if (i < 0 || i >= t.size()) {
      return -1;
    }
    Token k = t.get(i);
    if (k.isNumber()) {
      int v = k.value();
      return v >= 1 && v <= 4 ? v : -1;
    }
    Words.Match m = Words.match(t, i, Words.ROMAN);
    return m != null && m.end() == i + 1 ? Integer.parseInt(m.value()) : -1;
  }

  /** Whether a phrase of {@code group} ends right before token {@code i}. */
  boolean endsWith(int i, Words.Group group) {
    for (Words.Phrase p : group.phrases()) {
      int n = p.words().size();
      int s = i - n;
      Words.Match m = s >= 0 ? Words.match(t, s, group) : null;
      if (m != null && m.end() == i) {
        return true;
      }
    }
    return false;
  }

  /** Whether a negation ({@code không}) stands within the four tokens before {@code i}. */
  boolean negated(int i) {
    for (int k = i - 1; k >= Math.max(0, i - 4); k--) {
      if (t.get(k).type() == Token.Type.MARK) {
        return false;
      }
      if (Words.match(t, k, Words.NEGATION) != null) {
        return true;
      }
    }
    return false;
  }

  String span(int start, int end) {
    return text.substring(start, Math.max(start, end));
  }
}
