package io.github.vanban.parser.time;

import io.github.vanban.core.calendar.WorkingDays;
import java.time.LocalDate;

/**
 * The end of a time limit counted from a day, by the Civil Code 2015 (Art. 147–148), over
 * Vietnam's working days ({@link WorkingDays#vietnam()}).
 */
final class TimeLimits {
  private TimeLimits() {}

  static LocalDate addWorkingDays(LocalDate from, int days) {
    return WorkingDays.vietnam().plusWorkingDays(from, days);
  }

  static LocalDate addDays(LocalDate from, int days) {
    return WorkingDays.vietnam().plusDays(from, days);
  }
}
