package io.github.vanban.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Time limits counted by the Civil Code. */
class WorkingDaysTest {

  private final WorkingDays days = WorkingDays.vietnam();

  @Test
  void doesNotCountTheFirstDayAndSkipsWeekends() {
    // Monday 2 March 2020 + 10 working days = Monday 16 March
    assertEquals(LocalDate.of(2020, 3, 16), days.plusWorkingDays(LocalDate.of(2020, 3, 2), 10));
    assertEquals(LocalDate.of(2020, 3, 2), days.plusWorkingDays(LocalDate.of(2020, 3, 2), 0));
    // Friday + 1 working day = Monday
    assertEquals(LocalDate.of(2020, 3, 9), days.plusWorkingDays(LocalDate.of(2020, 3, 6), 1));
  }

  @Test
  void skipsTet() {
    // Tuesday 6 February 2024 + 5 working days: 7/2, then Tết 8–14/2, then 15, 16, 19, 20/2
    assertEquals(LocalDate.of(2024, 2, 20), days.plusWorkingDays(LocalDate.of(2024, 2, 6), 5));
  }

  @Test
  void aLimitEndingOnADayOffEndsOnTheNextWorkingDay() {
    // 10 calendar days from 20 April 2024 end on 30/4, a holiday: the limit runs to 2/5
    assertEquals(LocalDate.of(2024, 5, 2), days.plusDays(LocalDate.of(2024, 4, 20), 10));
    // ending on a Wednesday, it stays
    assertEquals(LocalDate.of(2024, 3, 13), days.plusDays(LocalDate.of(2024, 3, 3), 10));
  }

  @Property(tries = 200)
  void aLimitInWorkingDaysEndsOnAWorkingDayAfterItsStart(
      @ForAll @IntRange(min = 7300, max = 25000) int start, @ForAll @IntRange(min = 1, max = 60) int n) {
    LocalDate from = LocalDate.ofEpochDay(start);
    LocalDate end = days.plusWorkingDays(from, n);
    assertTrue(days.isWorkingDay(end));
    int counted = 0;
    for (LocalDate d = from.plusDays(1); !d.isAfter(end); d = d.plusDays(1)) {
      if (days.isWorkingDay(d)) {
        counted++;
      }
    }
    assertEquals(n, counted);
  }
}
