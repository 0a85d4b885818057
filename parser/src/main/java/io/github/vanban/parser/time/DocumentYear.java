package io.github.vanban.parser.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * Completes dates written without a year from the document's date: the day falls in the
 * document's year, or in the next one when it would come more than a month before the
 * document was issued ({@code trước ngày 05/01} in a letter of November).
 */
final class DocumentYear {
  private final Optional<LocalDate> documentDate;

  DocumentYear(Optional<LocalDate> documentDate) {
    this.documentDate = documentDate;
  }

  /** The day in the document's year, or the next year if it falls over a month before. */
  LocalDate rollForward(int month, int day) {
    LocalDate doc = documentDate.orElseThrow();
    int year = doc.getYear();
    if (month == 2 && day == 29 && !YearMonth.of(year, 2).isValidDay(29)) {
      throw new DateTimeException("29/2 in a common year");
    }
    LocalDate d = LocalDate.of(year, month, day);
    if (d.isBefore(doc.minusDays(31))) {
      d = LocalDate.of(year + 1, month, Math.min(day, YearMonth.of(year + 1, month).lengthOfMonth()));
    }
    return d;
  }

  /**
   * The last day of a span of {@code months} months from {@code firstMonth} (a month, a
   * quarter), or with {@code before} the day before it begins.
   */
  Optional<LocalDate> periodEnd(int year, int firstMonth, int months, boolean before) {
    int y = year;
    if (y == 0) {
      if (documentDate.isEmpty()) {
        return Optional.empty();
      }
      y = documentDate.get().getYear();
      LocalDate end = YearMonth.of(y, firstMonth).plusMonths(months - 1L).atEndOfMonth();
      if (end.isBefore(documentDate.get().minusDays(31))) {
        y++;
      }
    }
    YearMonth first = YearMonth.of(y, firstMonth);
    return Optional.of(before ? first.atDay(1).minusDays(1)
        : first.plusMonths(months - 1L).atEndOfMonth());
  }
}
