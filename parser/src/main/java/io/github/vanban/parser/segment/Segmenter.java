package io.github.vanban.parser.segment;

import com.google.common.collect.ImmutableList;
import io.github.vanban.parser.text.MatchText;
import io.github.vanban.parser.text.NumberToken;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a source text into the documents it holds: a letter and the letter it forwards, a
 * Party copy and its original, a received stamp, a news report. The segments cover the text
 * in order. Thread-safe.
 *
 * <p>A document begins with its own header: a number line ({@code Số: 508/STP-VP}, {@code
 * Số 187-BS/ĐUK}) with the issuing body's lines above it. A second number line starts a new
 * document only when the one before has closed (its {@code Nơi nhận} or signature block lies
 * between them); the new document then begins at the first header line above its number. A
 * received stamp ({@code CÔNG VĂN ĐẾN Số: 523}) never starts a document. A text with no number
 * line at all (a news report) is one segment of kind {@link Segment.Kind#REPORT}. One linear
 * pass over the lines.
 */
public final class Segmenter {
  private static final int LOOK_BACK = 14;

  /** The segments of {@code text}, in order; at least one. */
  public ImmutableList<Segment> split(String text) {
    List<int[]> lines = new ArrayList<>(); // [start, end]
    int i = 0;
    while (i <= text.length()) {
      int nl = text.indexOf('\n', i);
      int end = nl < 0 ? text.length() : nl;
      lines.add(new int[] {i, end});
      if (nl < 0) {
        break;
      }
      i = nl + 1;
    }
    List<Integer> starts = new ArrayList<>();
    boolean sawNumber = false;
    boolean closed = false;
    for (int k = 0; k < lines.size(); k++) {
      int[] l = lines.get(k);
      if (l[1] - l[0] > 300) {
        continue;
      }
      int first = l[0];
      while (first < l[1] && (text.charAt(first) == ' ' || text.charAt(first) == '\t')) {
        first++;
      }
      if (first >= l[1] || "SNnTKQ-–*|".indexOf(text.charAt(first)) < 0) {
        continue;
      }
      String raw = text.substring(l[0], Math.min(l[1], l[0] + 40));
      if (isNumberLine(text, l[0], raw)) {
        if (sawNumber && closed) {
          starts.add(headerTop(text, lines, k));
          closed = false;
        }
        sawNumber = true;
      } else if (sawNumber && closes(raw)) {
        closed = true;
      }
    }
    ImmutableList.Builder<Segment> out = ImmutableList.builder();
    Segment.Kind firstKind = sawNumber ? Segment.Kind.DOCUMENT : Segment.Kind.REPORT;
    int from = 0;
    for (int s : starts) {
      if (s > from) {
        out.add(new Segment(from, s, from == 0 ? firstKind : Segment.Kind.DOCUMENT));
        from = s;
      }
    }
    out.add(new Segment(from, text.length(), from == 0 ? firstKind : Segment.Kind.DOCUMENT));
    return out.build();
  }

  /** Whether the line is a header number line: {@code Số: 3935/KH-UBND}, {@code Số 38-CT/TW}. */
  static boolean isNumberLine(String text, int lineStart, String raw) {
    int at = 0; // past white space and markup (what MatchText.clean blanks)
    while (at < raw.length() && (Character.isWhitespace(raw.charAt(at)) || MatchText.isMarkup(raw.charAt(at)))) {
      at++;
    }
    if (!(raw.startsWith("Số", at) || raw.startsWith("SỐ", at))) {
      return false;
    }
    int p = at + 2;
    if (p < raw.length() && Character.isLetter(raw.charAt(p))) {
      return false;
    }
    while (p < raw.length() && p < at + 12 && (raw.charAt(p) == ' ' || raw.charAt(p) == ':' || raw.charAt(p) == '\t')) {
      p++;
    }
    return NumberToken.at(text, lineStart + p).isPresent();
  }

  /** The signing authorities that open a line closing a document, as {@link MatchText#collapse} gives it. */
  private static final String[] AUTHORITIES = {"TM. ", "T/M ", "KT. ", "K/T ", "TL. ", "T/L ", "TUQ. ", "Q. "};

  /** Whether a line closes a document: its distribution list or its signing authority. */
  private static boolean closes(String raw) {
    String f = MatchText.fold(raw);
    int k = 0;
    while (k < f.length() && f.charAt(k) <= ' ') {
      k++; // what trim() drops
    }
    while (k < f.length() && (f.charAt(k) == '-' || f.charAt(k) == ' ')) {
      k++;
    }
    if (f.startsWith("noi nhan", k)) {
      return true;
    }
    char first = firstKept(raw);
    if (first != 'T' && first != 'K' && first != 'Q') {
      return false; // no authority begins otherwise
    }
    String c = MatchText.collapse(raw);
    for (String a : AUTHORITIES) {
      if (c.startsWith(a) && c.length() < 80) {
        return true;
      }
    }
    return false;
  }

  /** The first character of {@code raw} that {@link MatchText#collapse} keeps; 0 if none. */
  private static char firstKept(String raw) {
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (!(Character.isWhitespace(c) || Character.isSpaceChar(c) || MatchText.isMarkup(c))) {
        return c;
      }
    }
    return 0;
  }

  /** The first line of the header above the number line {@code k}. */
  private static int headerTop(String text, List<int[]> lines, int k) {
    int top = k;
    boolean collected = false;
    for (int j = k - 1; j >= 0 && j >= k - LOOK_BACK; j--) {
      int[] l = lines.get(j);
      String raw = text.substring(l[0], l[1]);
      String c = MatchText.collapse(raw);
      if (c.isEmpty() || isRule(c)) {
        if (collected && c.isEmpty()) {
          // a blank line above collected header lines: keep looking only for more upper-case lines
          continue;
        }
        continue;
      }
      if (isHeaderish(c)) {
        top = j;
        collected = true;
        continue;
      }
      break;
    }
    return lines.get(top)[0];
  }

  private static boolean isHeaderish(String c) {
    if (c.length() > 120) {
      return false;
    }
    String f = MatchText.fold(c);
    if (f.contains("doc lap") || f.contains("cong hoa") || f.contains("sao luc") || f.contains("sao y")) {
      return true;
    }
    int j = MatchText.findWord(f, "ngay", 0, f.length());
    if (j > 0 && c.substring(0, j).stripTrailing().endsWith(",")) {
      return true;
    }
    boolean letter = false;
    for (int i = 0; i < c.length(); i++) {
      char ch = c.charAt(i);
      if (Character.isLetter(ch)) {
        letter = true;
        if (Character.isLowerCase(ch)) {
          return false;
        }
      }
    }
    return letter;
  }

  private static boolean isRule(String c) {
    for (int i = 0; i < c.length(); i++) {
      if (Character.isLetterOrDigit(c.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
