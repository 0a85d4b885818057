package io.github.vanban.parser.task;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a body into blocks (paragraphs and items) and sentences. Lines broken inside a
 * sentence (web copies, page breaks) are joined: a new block begins only where an item
 * marker opens a line after a finished line, or where a finished line is followed by a
 * capitalised one. Everything is a linear scan over offsets of the source; nothing is copied.
 */
final class Layout {
  private static final ImmutableList<String> ORDINALS = ImmutableList.of(
      "nhat", "hai", "ba", "tu", "nam", "sau", "bay", "tam", "chin", "muoi");
  /** Abbreviations that end with a dot inside a sentence (TP. Hồ Chí Minh, KT. Chủ tịch). */
  private static final com.google.common.collect.ImmutableSet<String> ABBREVIATIONS =
      com.google.common.collect.ImmutableSet.of("tp", "tx", "ts", "ths", "pgs", "gs", "kt", "tm",
          "tl", "tuq", "ng", "bs", "ks", "cn", "th", "vd", "v.v");

  /** The markers by ordinal, read once: {@code values()} copies its array at every call. */
  private static final Block.Marker[] MARKERS = Block.Marker.values();

  private final Folded f;

  Layout(Folded f) {
    this.f = f;
  }

  /** The blocks of {@code [from, to)}, in order, each with the index of its parent item. */
  ImmutableList<Block> blocks(int from, int to) {
    ImmutableList.Builder<Block> out = ImmutableList.builder();
    List<Block> built = new ArrayList<>();
    for (int[] r : rawBlocks(from, to)) {
      Block.Marker kind = MARKERS[r[3]];
      Block b = new Block(r[0], Math.min(r[1], r[2]), r[2], kind, parentOf(built, kind));
      built.add(b);
      out.add(b);
    }
    return out.build();
  }

  /**
   * The blocks of {@code [from, to)} as {@code {start, contentStart, end, marker ordinal}},
   * the lines of each joined.
   */
  private List<int[]> rawBlocks(int from, int to) {
    List<int[]> raw = new ArrayList<>();
    int lineStart = from;
    int blankLines = 0;
    int[] current = null;
    while (lineStart < to) {
      int lineEnd = lineEnd(lineStart, to);
      int s = skipDecoration(lineStart, lineEnd);
      int e = trimEnd(s, lineEnd);
      if (s >= e) {
        blankLines++;
      } else {
        int[] marker = marker(s, e);
        if (current == null || opensBlock(current, marker, s, e, blankLines)) {
          if (current != null) {
            raw.add(current);
          }
          current = new int[] {s, marker[1], e, marker[0]};
          if (current[1] > e) {
            current[1] = e;
          }
        } else {
          if (current[1] >= current[2]) {
            current[1] = s;
          }
          current[2] = e;
        }
        blankLines = 0;
      }
      lineStart = lineEnd + 1;
    }
    if (current != null) {
      raw.add(current);
    }
    return raw;
  }

  /** The offset of the line break that ends the line at {@code lineStart}, or {@code to}. */
  private int lineEnd(int lineStart, int to) {
    int lineEnd = f.indexOf('\n', lineStart, to);
    return lineEnd < 0 ? Math.max(lineStart, to) : lineEnd;
  }

  /**
   * Whether the line {@code [s, e)} with item marker {@code marker} ({@link #marker}) opens a
   * new block after the block {@code current} ({@link #rawBlocks}), {@code blankLines} blank
   * lines after it.
   */
  private boolean opensBlock(int[] current, int[] marker, int s, int e, int blankLines) {
    Block.Marker kind = MARKERS[marker[0]];
    if (current[1] >= current[2]) {
      return false; // a marker alone on its line: this line is its content
    }
    if (kind == Block.Marker.SECTION || kind == Block.Marker.ARTICLE
        || kind == Block.Marker.ORDINAL) {
      return true;
    }
    boolean finished = finished(current[2], current[0]);
    if (kind == Block.Marker.NONE) {
      return finished && startsSentence(s);
    }
    if (kind == Block.Marker.DASH || kind == Block.Marker.LETTER) {
      return finished || blankLines > 0;
    }
    return finished || blankLines > 0
        || marker[1] < e && Character.isUpperCase(f.source().charAt(marker[1]));
  }

  /** The index in {@code built} of the item a block of marker {@code kind} belongs to, or -1. */
  private static int parentOf(List<Block> built, Block.Marker kind) {
    if (kind == Block.Marker.NONE) {
      return -1;
    }
    for (int i = built.size() - 1; i >= 0; i--) {
      Block p = built.get(i);
      if (p.marker() == Block.Marker.NONE) {
        return -1;
      }
      if (p.marker().depth < kind.depth) {
        return i;
      }
    }
    return -1;
  }

  /** The sentences of {@code [from, to)} as {@code {start, end}} pairs. */
  ImmutableList<int[]> sentences(int from, int to) {
    ImmutableList.Builder<int[]> out = ImmutableList.builder();
    int start = f.skipSpace(from, to);
    int i;
    while ((i = nextSentenceEnd(start, to)) < to) {
      int end = i + 1;
      while (end < to && (f.at(end) == '/' || f.at(end) == '.')) {
        end++; // "./."
      }
      if (end > start) {
        out.add(new int[] {start, end});
      }
      start = f.skipSpace(end, to);
    }
    int end = trimEnd(start, to);
    if (end > start) {
      out.add(new int[] {start, end});
    }
    return out.build();
  }

  /** The offset of the first {@code .}, {@code !} or {@code ?} at or after {@code i} that ends a sentence, or {@code to}. */
  private int nextSentenceEnd(int i, int to) {
    for (; i < to; i++) {
      char c = f.at(i);
      if ((c == '.' || c == '!' || c == '?') && sentenceEndsAt(i, to)) {
        return i;
      }
    }
    return to;
  }

  /** The {@code ;}-separated parts of a sentence as {@code {start, end}} pairs. */
  ImmutableList<int[]> parts(int from, int to) {
    if (f.indexOf(';', from, to) < 0) {
      // most sentences: no semicolon, one part (what the loop below gives for them)
      return from < to ? ImmutableList.of(new int[] {from, to}) : ImmutableList.of();
    }
    ImmutableList.Builder<int[]> out = ImmutableList.builder();
    int depth = 0;
    int start = from;
    for (int i = from; i < to; i++) {
      char c = f.at(i);
      if (c == '(') {
        depth++;
      } else if (c == ')' && depth > 0) {
        depth--;
      } else if (c == ';' && depth == 0) {
        out.add(new int[] {start, i});
        start = f.skipSpace(i + 1, to);
      }
    }
    if (start < to) {
      out.add(new int[] {start, to});
    }
    return out.build();
  }

  /**
   * Where the words of a sentence begin after an item marker it may open with ({@code Điều
   * 3.}, {@code 1.}, {@code a)}, {@code -}, {@code Thứ hai,}).
   */
  int afterMarker(int s, int e) {
    int[] m = marker(s, e);
    return m[0] == Block.Marker.NONE.ordinal() ? s : Math.min(m[1], e);
  }

  private boolean sentenceEndsAt(int i, int to) {
    int j = i + 1;
    if (j < to && (f.at(j) == '/' || f.at(j) == '.')) {
      return true; // "./." or "..."
    }
    if (j >= to) {
      return true;
    }
    if (!Folded.isSpace(f.at(j))) {
      // "… hộ chiếu công vụ.Các ý kiến …": a copy lost the space after the full stop
      String src = f.source();
      return c(src, i - 1) && Character.isLowerCase(src.charAt(i - 1)) && i >= 2
          && Character.isLetter(src.charAt(i - 2)) && Character.isUpperCase(src.charAt(j))
          && j + 1 < to && Character.isLowerCase(src.charAt(j + 1));
    }
    int k = f.skipSpace(j, to);
    if (k >= to) {
      return true;
    }
    if (!startsSentence(k)) {
      return false;
    }
    // an abbreviation before the dot: TP. Hồ Chí Minh, Tp. , KT. , v.v.
    int w = i;
    while (w > 0 && f.isWord(f.at(w - 1))) {
      w--;
    }
    int len = i - w;
    if (len == 0) {
      return true;
    }
    String src = f.source();
    if (ABBREVIATIONS.contains(f.source().substring(w, i).toLowerCase(java.util.Locale.ROOT))) {
      return false;
    }
    return !(len == 1 && Character.isUpperCase(src.charAt(w)));
  }

  private static boolean c(String s, int i) {
    return i >= 0 && Character.isLetter(s.charAt(i));
  }

  private boolean startsSentence(int i) {
    char c = f.source().charAt(i);
    return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '“'
        || c == '(' || c == '-' || c == '–' || c == '+' || c == '*' || c == '•';
  }

  private boolean finished(int end, int start) {
    char c = lastChar(end);
    if (c == '.' || c == ':' || c == ';' || c == '!' || c == '?' || c == '*' || c == '"'
        || c == '”' || c == ')') {
      return true;
    }
    // a heading: no lower-case letter on the line
    int lineStart = end;
    while (lineStart > start && f.source().charAt(lineStart - 1) != '\n') {
      lineStart--;
    }
    boolean letters = false;
    for (int i = lineStart; i < end; i++) {
      char s = f.source().charAt(i);
      if (Character.isLowerCase(s)) {
        return false;
      }
      letters |= Character.isLetter(s);
    }
    return letters;
  }

  private char lastChar(int end) {
    return end > 0 ? f.source().charAt(end - 1) : '\n';
  }

  private int skipDecoration(int s, int e) {
    while (s < e) {
      char c = f.at(s);
      if (Folded.isSpace(c) || c == '|' || c == '#' || c == '>'
          || c == '*' && s + 1 < e && (f.at(s + 1) == '*' || Folded.isSpace(f.at(s + 1)))
          && !(s + 1 < e && Folded.isSpace(f.at(s + 1)) && s + 2 < e && f.isWord(f.at(s + 2)))) {
        s++;
      } else {
        break;
      }
    }
    return s;
  }

  private int trimEnd(int s, int e) {
    while (e > s && (Folded.isSpace(f.at(e - 1)) || f.at(e - 1) == '|')) {
      e--;
    }
    return e;
  }

  /** {kind ordinal, content start} of the marker at {@code s}, kind NONE when there is none. */
  int[] marker(int s, int e) {
    String src = f.source();
    char c = src.charAt(s);
    int none = Block.Marker.NONE.ordinal();
    // dashes and bullets
    if (c == '-' || c == '–' || c == '—' || c == '+' || c == '•' || c == '*') {
      int j = s + 1;
      if (j < e && (Folded.isSpace(f.at(j)) || Character.isUpperCase(src.charAt(j)))) {
        return new int[] {Block.Marker.DASH.ordinal(), f.skipSpace(j, e)};
      }
      return new int[] {none, s};
    }
    // Điều 3.  Chương II
    int j = f.match(s, "dieu", e);
    if (j > 0 && Character.isUpperCase(c)) {
      int k = f.skipSpace(j, e);
      int d = k;
      while (d < e && Character.isDigit(f.at(d))) {
        d++;
      }
      if (d > k && d < e && (f.at(d) == '.' || f.at(d) == ':')) {
        return new int[] {Block.Marker.ARTICLE.ordinal(), f.skipSpace(d + 1, e)};
      }
    }
    j = f.match(s, "chuong", e);
    if (j > 0 && Character.isUpperCase(c)) {
      int k = f.skipSpace(j, e);
      int d = k;
      while (d < e && (Character.isDigit(f.at(d)) || "ivxl".indexOf(f.at(d)) >= 0)) {
        d++;
      }
      if (d > k && (d == e || !f.isWord(f.at(d)))) {
        return new int[] {Block.Marker.SECTION.ordinal(), f.skipSpace(d, e)};
      }
    }
    // Thứ nhất, … Thứ bảy, (Thú bảy)
    j = f.match(s, "thu", e);
    if (j > 0 && Character.isUpperCase(c)) {
      int k = f.skipSpace(j, e);
      for (String o : ORDINALS) {
        int m = f.match(k, o, e);
        if (m > 0 && m < e && (f.at(m) == ',' || f.at(m) == ':' || f.at(m) == '.' || f.at(m) == ')')) {
          return new int[] {Block.Marker.ORDINAL.ordinal(), f.skipSpace(m + 1, e)};
        }
      }
    }
    // Roman numerals in capitals: I. II. III)
    int r = s;
    while (r < e && "IVXL".indexOf(src.charAt(r)) >= 0) {
      r++;
    }
    if (r > s && r - s <= 4 && r < e && (f.at(r) == '.' || f.at(r) == ')')
        && (r + 1 >= e || Folded.isSpace(f.at(r + 1)))) {
      return new int[] {Block.Marker.SECTION.ordinal(), f.skipSpace(r + 1, e)};
    }
    // 1.  2)  1.2.
    int d = s;
    while (d < e && d - s < 3 && Character.isDigit(f.at(d))) {
      d++;
    }
    if (d > s && d < e && (f.at(d) == '.' || f.at(d) == ')')) {
      int after = d + 1;
      boolean sub = false;
      int d2 = after;
      while (d2 < e && d2 - after < 3 && Character.isDigit(f.at(d2))) {
        d2++;
      }
      if (d2 > after && d2 < e && (f.at(d2) == '.' || f.at(d2) == ')')) {
        sub = true;
        after = d2 + 1;
      } else if (d2 > after) {
        return new int[] {none, s}; // 1.000 or a date
      }
      if (after >= e || Folded.isSpace(f.at(after)) || Character.isUpperCase(src.charAt(after))) {
        return new int[] {(sub ? Block.Marker.SUBNUMBER : Block.Marker.NUMBER).ordinal(),
            f.skipSpace(after, e)};
      }
      return new int[] {none, s};
    }
    // a)  b)  (1)
    if (Character.isLowerCase(c) && s + 1 < e && f.at(s + 1) == ')') {
      return new int[] {Block.Marker.LETTER.ordinal(), f.skipSpace(s + 2, e)};
    }
    if (c == '(') {
      int k = s + 1;
      while (k < e && k - s < 4 && (Character.isDigit(f.at(k)) || Character.isLowerCase(src.charAt(k)))) {
        k++;
      }
      if (k > s + 1 && k < e && f.at(k) == ')') {
        return new int[] {Block.Marker.LETTER.ordinal(), f.skipSpace(k + 1, e)};
      }
    }
    return new int[] {none, s};
  }
}
