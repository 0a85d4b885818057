package io.github.vanban.parser.header;

import com.google.common.collect.ImmutableList;
import io.github.vanban.core.Receipt;
import io.github.vanban.core.Span;
import io.github.vanban.parser.text.FoldedPhrase;
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
  /** The words that head a stamp anywhere in its line: {@code CÔNG VĂN ĐẾN}. */
  private static final FoldedPhrase RECEIVED = new FoldedPhrase("cong van den");

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

  /**
   * Whether line {@code i} opens a stamp. Every line of the header is asked: it is read
   * through {@link MatchText#foldedStartsWith} and {@link MatchText#foldedContains}, not folded
   * whole (what its {@link TextLine#folded} would say, without building it); the phrase that
   * heads a stamp is looked for by {@link FoldedPhrase}, which skips most of a line.
   */
  private static int stampStart(List<TextLine> lines, int i) {
    String r = lines.get(i).raw();
    int k = MatchText.foldedTrimStart(r, 0, r.length());
    if (RECEIVED.in(r) || MatchText.foldedStartsWith(r, k, "van ban den")) {
      return i;
    }
    if (firstWordIs(r, "cong") && i + 2 < lines.size()
        && firstWordIs(lines.get(i + 1).raw(), "van") && firstWordIs(lines.get(i + 2).raw(), "den")
        && (MatchText.foldedContains(r, "so") || MatchText.foldedContains(lines.get(i + 1).raw(), "ngay"))) {
      return i;
    }
    return -1;
  }

  /**
   * Whether the folded {@code raw}, trimmed, opens with {@code word} not followed by a letter:
   * whether {@link #firstWord} of the line's {@link TextLine#folded} is {@code word}, without
   * folding or cutting it out.
   */
  private static boolean firstWordIs(String raw, String word) {
    int k = MatchText.foldedTrimStart(raw, 0, raw.length());
    int e = k + word.length();
    return MatchText.foldedStartsWith(raw, k, word)
        && (e >= raw.length() || !Character.isLetter(MatchText.foldChar(raw.charAt(e))));
  }

  private static boolean stampish(TextLine line) {
    String f = line.folded();
    String w = firstWord(f);
    return w.equals("van") || w.equals("den") || w.equals("so") || w.equals("ngay")
        || w.equals("chuyen") || w.equals("luu") || f.contains("chuyen:");
  }

  private static String firstWord(String f) {
    int i = 0;
    while (i < f.length() && Character.isLetter(f.charAt(i))) {
      i++;
    }
    return f.substring(0, i);
  }
}
