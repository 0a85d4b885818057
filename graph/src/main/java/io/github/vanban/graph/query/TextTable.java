package io.github.vanban.graph.query;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;

/**
 * A table of text: rendered aligned for a terminal by {@link #toString()} (cells longer than
 * {@link #MAX_CELL} characters are cut with {@code …}), or in full as CSV (RFC 4180) by
 * {@link #toCsv()}. Immutable.
 */
public final class TextTable {
  /** The widest cell {@link #toString()} prints. */
  public static final int MAX_CELL = 56;

  private final ImmutableList<String> headers;
  private final ImmutableList<ImmutableList<String>> rows;

  private TextTable(ImmutableList<String> headers, ImmutableList<ImmutableList<String>> rows) {
    this.headers = headers;
    this.rows = rows;
  }

  /** A table of these headers and rows; every row has one cell per header. */
  public static TextTable of(List<String> headers, List<? extends List<String>> rows) {
    ImmutableList.Builder<ImmutableList<String>> b = ImmutableList.builder();
    for (List<String> r : rows) {
      checkArgument(r.size() == headers.size(), "row of %s cells under %s headers", r.size(), headers.size());
      b.add(ImmutableList.copyOf(r));
    }
    return new TextTable(ImmutableList.copyOf(headers), b.build());
  }

  /** The headers. */
  public ImmutableList<String> headers() {
    return headers;
  }

  /** The rows. */
  public ImmutableList<ImmutableList<String>> rows() {
    return rows;
  }

  /** The table as CSV, header line first, cells in full. */
  public String toCsv() {
    StringBuilder b = new StringBuilder();
    csvLine(b, headers);
    rows.forEach(r -> csvLine(b, r));
    return b.toString();
  }

  private static void csvLine(StringBuilder b, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        b.append(',');
      }
      String c = cells.get(i);
      if (c.indexOf(',') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0 || c.indexOf('\r') >= 0) {
        b.append('"').append(c.replace("\"", "\"\"")).append('"');
      } else {
        b.append(c);
      }
    }
    b.append('\n');
  }

  /** The table aligned in columns, a rule under the headers. */
  @Override
  public String toString() {
    int n = headers.size();
    List<List<String>> cells = new ArrayList<>();
    cells.add(headers);
    for (List<String> r : rows) {
      List<String> cut = new ArrayList<>(n);
      for (String c : r) {
        String one = c.replace('\n', ' ');
        cut.add(width(one) > MAX_CELL ? one.substring(0, one.offsetByCodePoints(0, MAX_CELL - 1)) + "…" : one);
      }
      cells.add(cut);
    }
    int[] widths = new int[n];
    for (List<String> r : cells) {
      for (int i = 0; i < n; i++) {
        widths[i] = Math.max(widths[i], width(r.get(i)));
      }
    }
    StringBuilder b = new StringBuilder();
    for (int k = 0; k < cells.size(); k++) {
      line(b, cells.get(k), widths);
      if (k == 0) {
        List<String> rule = new ArrayList<>(n);
        for (int w : widths) {
          rule.add("-".repeat(w));
        }
        line(b, rule, widths);
      }
    }
    return b.toString();
  }

  private static void line(StringBuilder b, List<String> cells, int[] widths) {
    StringBuilder l = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        l.append("  ");
      }
      l.append(cells.get(i));
      if (i < cells.size() - 1) {
        l.append(" ".repeat(widths[i] - width(cells.get(i))));
      }
    }
    int end = l.length();
    while (end > 0 && l.charAt(end - 1) == ' ') {
      end--;
    }
    b.append(l, 0, end).append('\n');
  }

  private static int width(String s) {
    return s.codePointCount(0, s.length());
  }
}
