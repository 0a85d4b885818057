package io.github.vanban.parser.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Reads Vietnamese dates in folded text ({@link MatchText#fold}): {@code ngay 19/9/2019},
 * {@code ngay 08 thang 4 nam 2020}, {@code 26-1-2010}, {@code 03.12.2007}, {@code 29 thang
 * 12/2020}, tolerant of missing or extra spaces and line breaks. A linear scanner: each call
 * reads a bounded number of characters.
 */
public final class VietDate {
  private VietDate() {}

  /**
   * A date read at {@code i} (the first digit of the day).
   *
   * @param date the date
   * @param start where the day begins
   * @param end where the year ends
   */
  public record Found(LocalDate date, int start, int end) {}

  /** The date whose day begins at {@code i} of folded {@code f}, if one is written there. */
  public static Optional<Found> at(String f, int i) {
    int[] p = {i};
    int day = digits(f, p, 2);
    if (day < 0) {
      return Optional.empty();
    }
    int month;
    int year;
    int save = p[0];
    skipSpace(f, p, 3);
    if (p[0] < f.length() && isSep(f.charAt(p[0]))) {
      p[0]++;
      skipSpace(f, p, 3);
      month = digits(f, p, 2);
      if (month < 0) {
        return Optional.empty();
      }
      skipSpace(f, p, 3);
      if (p[0] >= f.length() || !isSep(f.charAt(p[0]))) {
        return Optional.empty();
      }
      p[0]++;
      skipSpace(f, p, 3);
      year = digits(f, p, 4);
    } else {
      p[0] = save;
      skipSpace(f, p, 3);
      if (!f.startsWith("thang", p[0])) {
        return Optional.empty();
      }
      p[0] += 5;
      skipSpace(f, p, 3);
      month = digits(f, p, 2);
      if (month < 0) {
        return Optional.empty();
      }
      skipSpace(f, p, 3);
      if (f.startsWith("nam", p[0])) {
        p[0] += 3;
      } else if (p[0] < f.length() && isSep(f.charAt(p[0]))) {
        p[0]++;
      } else {
        return Optional.empty();
      }
      skipSpace(f, p, 3);
      year = digits(f, p, 4);
    }
    if (year < 1900 || year > 2100 || p[0] < f.length() && Character.isDigit(f.charAt(p[0]))) {
      return Optional.empty();
    }
    try {
      return Optional.of(new Found(LocalDate.of(year, month, day), i, p[0]));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /**
   * The first date introduced by the word {@code ngay} in {@code [from, to)} of {@code f}
   * (its span starting at {@code ngay}).
   */
  public static Optional<Found> afterNgay(String f, int from, int to) {
    int i = from;
    while (true) {
      int j = MatchText.findWord(f, "ngay", i, to);
      if (j < 0) {
        // glued: "ngay19/9/2019"
        return Optional.empty();
      }
      int[] p = {j + 4};
      skipSpace(f, p, 3);
      if (p[0] < f.length() && f.charAt(p[0]) == ':') {
        p[0]++;
        skipSpace(f, p, 3);
      }
      Optional<Found> d = at(f, p[0]);
      if (d.isPresent()) {
        return Optional.of(new Found(d.get().date(), j, d.get().end()));
      }
      i = j + 4;
    }
  }

  /** The date after the word {@code ngay} that starts exactly at {@code i}, glued or not. */
  public static Optional<Found> ngayAt(String f, int i) {
    if (!f.startsWith("ngay", i)) {
      return Optional.empty();
    }
    int[] p = {i + 4};
    skipSpace(f, p, 3);
    if (p[0] < f.length() && f.charAt(p[0]) == ':') {
      p[0]++;
      skipSpace(f, p, 3);
    }
    return at(f, p[0]).map(d -> new Found(d.date(), i, d.end()));
  }

  private static boolean isSep(char c) {
    return c == '/' || c == '-' || c == '.' || c == '–';
  }

  private static void skipSpace(String f, int[] p, int max) {
    int n = 0;
    while (p[0] < f.length() && n < max + 8 && Character.isWhitespace(f.charAt(p[0]))) {
      p[0]++;
      n++;
    }
  }

  private static int digits(String f, int[] p, int max) {
    int v = 0;
    int n = 0;
    while (p[0] < f.length() && n < max && Character.isDigit(f.charAt(p[0]))) {
      v = v * 10 + (f.charAt(p[0]) - '0');
      p[0]++;
      n++;
    }
    if (n == 0 || (max == 4 && n != 4)) {
      return -1;
    }
    if (p[0] < f.length() && max < 4 && Character.isDigit(f.charAt(p[0]))) {
      return -1;
    }
    return v;
  }
}
