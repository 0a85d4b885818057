package io.github.vanban.parser.segment;

import com.google.common.collect.ImmutableList;
import io.github.vanban.parser.text.MatchText;
import io.github.vanban.parser.text.NumberToken;
import java.util.ArrayList;
import java.util.Arrays;
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
    Lines lines = Lines.of(text);
    List<Integer> starts = new ArrayList<>();
    boolean sawNumber = false;
    boolean closed = false;
    for (int k = 0; k < lines.size(); k++) {
      int lineStart = lines.start(k);
      int lineEnd = lines.end(k);
      if (lineEnd - lineStart > 300) {
        continue;
      }
      int first = lineStart;
      while (first < lineEnd && (text.charAt(first) == ' ' || text.charAt(first) == '\t')) {
        first++;
      }
      if (first >= lineEnd || !mayOpen(text.charAt(first))) {
        continue;
      }
      // the first 40 characters of the line are read, in place
      int end = Math.min(lineEnd, lineStart + 40);
      if (isNumberLine(text, lineStart, end)) {
        if (sawNumber && closed) {
          starts.add(headerTop(text, lines, k));
          closed = false;
        }
        sawNumber = true;
      } else if (sawNumber && closes(text, lineStart, end)) {
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

  /**
   * Whether a line whose first character (past spaces and tabs) is {@code c} may be a number
   * line or close a document: {@code S}, {@code N}, {@code n}, {@code T}, {@code K}, {@code Q},
   * a dash or markup.
   */
  private static boolean mayOpen(char c) {
    switch (c) {
      case 'S', 'N', 'n', 'T', 'K', 'Q', '-', '–', '*', '|':
        return true;
      default:
        return false;
    }
  }

  /**
   * Whether the line from {@code lineStart}, read up to {@code end}, is a header number line:
   * {@code Số: 3935/KH-UBND}, {@code Số 38-CT/TW}.
   */
  static boolean isNumberLine(String text, int lineStart, int end) {
    int at = lineStart; // past white space and markup (what MatchText.clean blanks)
    while (at < end && (Character.isWhitespace(text.charAt(at)) || MatchText.isMarkup(text.charAt(at)))) {
      at++;
    }
    if (at + 2 > end || !(text.startsWith("Số", at) || text.startsWith("SỐ", at))) {
      return false;
    }
    int p = at + 2;
    if (p < end && Character.isLetter(text.charAt(p))) {
      return false;
    }
    while (p < end && p < at + 12 && (text.charAt(p) == ' ' || text.charAt(p) == ':' || text.charAt(p) == '\t')) {
      p++;
    }
    return NumberToken.at(text, p).isPresent();
  }

  /** The signing authorities that open a line closing a document, as {@link MatchText#collapse} gives it. */
  private static final String[] AUTHORITIES = {"TM. ", "T/M ", "KT. ", "K/T ", "TL. ", "T/L ", "TUQ. ", "Q. "};

  /**
   * Whether a line closes a document: its distribution list or its signing authority; the
   * line from {@code from} is read up to {@code to}.
   */
  static boolean closes(String text, int from, int to) {
    // the folded line is read a character at a time: only its opening is looked at
    int k = MatchText.foldedTrimStart(text, from, to); // what trim() drops
    while (k < to && (MatchText.foldChar(text.charAt(k)) == '-' || MatchText.foldChar(text.charAt(k)) == ' ')) {
      k++;
    }
    if (k + 8 <= to && MatchText.foldedStartsWith(text, k, "noi nhan")) {
      return true;
    }
    int first = firstKept(text, from, to);
    if (first == to || text.charAt(first) != 'T' && text.charAt(first) != 'K' && text.charAt(first) != 'Q') {
      return false; // no authority begins otherwise
    }
    // the collapsed line (never longer than its 40 characters, so under 80) opens with an
    // authority and a space: its first word is the code, written whole, and a word follows
    for (String a : AUTHORITIES) {
      int e = first + a.length() - 1; // after the code
      if (e < to && text.regionMatches(first, a, 0, a.length() - 1) && !kept(text.charAt(e))
          && firstKept(text, e, to) < to) {
        return true;
      }
    }
    return false;
  }

  /**
   * The offset of the first character of {@code text} in {@code [from, to)} that {@link
   * MatchText#collapse} keeps; {@code to} if none.
   */
  private static int firstKept(String text, int from, int to) {
    int i = from;
    while (i < to && !kept(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** Whether {@link MatchText#collapse} keeps {@code c}: not white space, a space or markup. */
  private static boolean kept(char c) {
    return !(Character.isWhitespace(c) || Character.isSpaceChar(c) || MatchText.isMarkup(c));
  }

  /** The first line of the header above the number line {@code k}. */
  private static int headerTop(String text, Lines lines, int k) {
    int top = k;
    boolean collected = false;
    for (int j = k - 1; j >= 0 && j >= k - LOOK_BACK; j--) {
      String raw = text.substring(lines.start(j), lines.end(j));
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
    return lines.start(top);
  }

  /** Where the lines of a text begin and end (without their newline), in two growing arrays. */
  private static final class Lines {
    private int[] starts = new int[64];
    private int[] ends = new int[64];
    private int size;

    /** The lines of {@code text}: one more than its newlines. */
    static Lines of(String text) {
      Lines lines = new Lines();
      int i = 0;
      while (i <= text.length()) {
        int nl = text.indexOf('\n', i);
        lines.add(i, nl < 0 ? text.length() : nl);
        if (nl < 0) {
          break;
        }
        i = nl + 1;
      }
      return lines;
    }

    private void add(int start, int end) {
      if (size == starts.length) {
        starts = Arrays.copyOf(starts, size * 2);
        ends = Arrays.copyOf(ends, size * 2);
      }
      starts[size] = start;
      ends[size] = end;
      size++;
    }

    int size() {
      return size;
    }

    int start(int k) {
      return starts[k];
    }

    int end(int k) {
      return ends[k];
    }
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
    if (j > 0 && MatchText.commaBefore(c, j)) {
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
