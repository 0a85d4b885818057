package io.github.vanban.core.calendar;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;

/**
 * Counts time limits the way the Civil Code 2015 does (Art. 147–148): the day the limit
 * starts from is not counted; a limit in working days ends on the N-th working day after
 * it; a limit in calendar days that ends on a weekend or a holiday ends with the next
 * working day. Working days are those of {@link VietnamHolidays}. Thread-safe.
 */
public final class WorkingDays {

  private static final WorkingDays VIETNAM = new WorkingDays(VietnamHolidays.standard());

  private final VietnamHolidays holidays;

  private WorkingDays(VietnamHolidays holidays) {
    this.holidays = holidays;
  }

  /** The working days of Vietnam's state sector, with the announced days off. */
  public static WorkingDays vietnam() {
    return VIETNAM;
  }

  /** The working days of the given holidays. */
  public static WorkingDays of(VietnamHolidays holidays) {
    return new WorkingDays(checkNotNull(holidays, "holidays"));
  }

  public boolean isWorkingDay(LocalDate day) {
    return holidays.isWorkingDay(day);
  }

  /** The last day of a limit of {@code n} working days counted from {@code from}. */
  public LocalDate plusWorkingDays(LocalDate from, int n) {
    checkNotNull(from, "from");
    checkArgument(n >= 0, "negative count %s", n);
    LocalDate d = from;
    for (int counted = 0; counted < n; ) {
      d = d.plusDays(1);
      if (isWorkingDay(d)) {
        counted++;
      }
    }
    return d;
  }

  /**
   * The last day of a limit of {@code n} calendar days counted from {@code from}, moved to
   * the next working day when it is a day off.
   */
  public LocalDate plusDays(LocalDate from, int n) {
    checkNotNull(from, "from");
    checkArgument(n >= 0, "negative count %s", n);
    return onOrAfter(from.plusDays(n));
  }

  /** {@code day} if it is a working day, else the next working day. */
  public LocalDate onOrAfter(LocalDate day) {
    LocalDate d = checkNotNull(day, "day");
    while (!isWorkingDay(d)) {
      d = d.plusDays(1);
    }
    return d;
  }
}
