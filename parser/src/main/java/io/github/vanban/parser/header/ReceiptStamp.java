package io.github.vanban.parser.header;

import com.google.common.collect.ImmutableList;
import io.github.vanban.core.Receipt;
import io.github.vanban.core.Span;
import io.github.vanban.parser.text.MatchText;
import io.github.vanban.parser.text.TextLine;
import io.github.vanban.parser.text.VietDate;
import java.util.List;

/**
 * Finds received stamps ({@code CÔNG VĂN ĐẾN Số: 523 Ngày: 19/02/2020}, also printed down
 * the side as {@code CÔNG / VĂN / ĐẾN} with the fields beside) among header lines: they are
 * a record that the holder registered the document, not part of its header.
 */
final class ReceiptStamp {
  private static final int MAX_LINES = 6;

  /**
   * A stamp: lines {@code [first, last]} of the list.
   *
   * @param first index of its first line
   * @param last index of its last line
   * @param receipt what it records
   */
  record Found(int first, int last, Receipt receipt) {}

  private ReceiptStamp() {}

  static ImmutableList<Found> find(String text, List<TextLine> lines) {
    ImmutableList.Builder<Found> out = ImmutableList.builder();
    int i = 0;
    while (i < lines.size()) {
      int start = stampStart(lines, i);
      if (start < 0) {
        i++;
        continue;
      }
      int first = start;
      if (first > 0 && !lines.get(first - 1).blank() && lines.get(first - 1).upper(3)
          && lines.get(first - 1).length() < 80) {
        first--; // the holder's name above the stamp
      }
      int last = start;
      while (last + 1 < lines.size() && last + 1 - start < MAX_LINES && !lines.get(last + 1).blank()
          && stampish(lines.get(last + 1))) {
        last++;
      }
      String number = null;
      java.time.LocalDate date = null;
      for (int k = start; k <= last; k++) {
        String f = lines.get(k).fold();
        int s = MatchText.findWord(f, "so", 0, f.length());
        if (number == null && s >= 0) {
          int p = s + 2;
          while (p < f.length() && (f.charAt(p) == ':' || f.charAt(p) == ' ')) {
            p++;
          }
          int q = p;
          while (q < f.length() && Character.isDigit(f.charAt(q))) {
            q++;
          }
          if (q > p) {
            number = f.substring(p, q);
          }
        }
        if (date == null) {
          date = VietDate.afterNgay(f, 0, f.length()).map(VietDate.Found::date).orElse(null);
        }
      }
      var b = Receipt.builder().span(Span.in(text, lines.get(first).start(), lines.get(last).end()));
      if (number != null) {
        b.number(number);
      }
      if (date != null) {
        b.date(date);
      }
      out.add(new Found(first, last, b.build()));
      i = last + 1;
    }
    return out.build();
  }

  private static int stampStart(List<TextLine> lines, int i) {
    String f = lines.get(i).folded();
    if (f.contains("cong van den") || f.startsWith("van ban den")) {
      return i;
    }
    if (firstWordIs(f, "cong") && i + 2 < lines.size()
        && firstWordIs(lines.get(i + 1).folded(), "van")
        && firstWordIs(lines.get(i + 2).folded(), "den")
        && (f.contains("so") || lines.get(i + 1).folded().contains("ngay"))) {
      return i;
    }
    return -1;
  }

  private static boolean stampish(TextLine line) {
    String f = line.folded();
    String w = firstWord(f);
    return w.equals("van") || w.equals("den") || w.equals("so") || w.equals("ngay")
        || w.equals("chuyen") || w.equals("luu") || f.contains("chuyen:");
  }

  /** Whether {@link #firstWord}{@code (f)} is {@code word} (letters only), without cutting it out. */
  private static boolean firstWordIs(String f, String word) {
    return f.startsWith(word) && (f.length() == word.length() || !Character.isLetter(f.charAt(word.length())));
  }

  private static String firstWord(String f) {
    int i = 0;
    while (i < f.length() && Character.isLetter(f.charAt(i))) {
      i++;
    }
    return f.substring(0, i);
  }
}
