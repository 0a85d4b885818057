package io.github.vanban.parser.time;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * The end of a time limit counted from a day, by the Civil Code 2015 (Art. 147–148): the
 * first day is not counted; a limit in working days skips days off; a limit in calendar
 * days that ends on a day off ends on the next working day.
 */
final class TimeLimits {
  private TimeLimits() {}

  static LocalDate addWorkingDays(LocalDate from, int days) {
    LocalDate d = from;
    for (int n = 0; n < days; ) {
      d = d.plusDays(1);
      if (isWorkingDay(d)) {
        n++;
      }
    }
    return d;
  }

  static LocalDate addDays(LocalDate from, int days) {
    LocalDate d = from.plusDays(days);
    while (!isWorkingDay(d)) {
      d = d.plusDays(1);
    }
    return d;
  }

  private static boolean isWorkingDay(LocalDate d) {
    return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
  }
}
