package io.github.vanban.parser.time;

import io.github.vanban.core.calendar.WorkingDays;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The end of a time limit counted from a day, by the Civil Code 2015 (Art. 147–148), over
 * Vietnam's working days ({@link WorkingDays#vietnam()}); empty for days outside the years
 * the calendar computes.
 */
final class TimeLimits {
  private TimeLimits() {}

  static Optional<LocalDate> addWorkingDays(LocalDate from, int days) {
    try {
      return Optional.of(WorkingDays.vietnam().plusWorkingDays(from, days));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  static Optional<LocalDate> addDays(LocalDate from, int days) {
    try {
      return Optional.of(WorkingDays.vietnam().plusDays(from, days));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
