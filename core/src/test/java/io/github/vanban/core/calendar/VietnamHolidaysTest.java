package io.github.vanban.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Holidays and working days against the breaks that were actually given. */
class VietnamHolidaysTest {

  private final VietnamHolidays holidays = VietnamHolidays.standard();

  /** The days off from {@code from} to {@code to} inclusive, and the days either side worked. */
  @ParameterizedTest(name = "{0}: {1} – {2}")
  @CsvSource({
      "Tết 2021, 2021-02-10, 2021-02-16",
      "Tết 2022, 2022-01-29, 2022-02-06",
      "Tết 2023, 2023-01-20, 2023-01-26",
      "Tết 2024, 2024-02-08, 2024-02-14",
      "Tết 2025, 2025-01-25, 2025-02-02",
      "Tết 2026, 2026-02-14, 2026-02-22",
      "30/4 2023, 2023-04-29, 2023-05-03",
      "30/4 2024, 2024-04-27, 2024-05-01",
      "30/4 2025, 2025-04-30, 2025-05-04",
      "2/9 2021, 2021-09-02, 2021-09-05",
      "2/9 2022, 2022-09-01, 2022-09-04",
      "2/9 2023, 2023-09-01, 2023-09-04",
      "2/9 2024, 2024-08-31, 2024-09-03",
      "2/9 2025, 2025-08-30, 2025-09-02",
      "Giỗ Tổ 2024, 2024-04-18, 2024-04-18",
      "Giỗ Tổ 2023 on a Saturday and 30/4 on a Sunday made up on 2-3/5, 2023-04-29, 2023-05-03",
      "1/1 2023 on a Sunday made up on Monday, 2022-12-31, 2023-01-02",
  })
  void givesTheAnnouncedBreaks(String name, LocalDate from, LocalDate to) {
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      assertFalse(holidays.isWorkingDay(d), name + ": " + d + " should be off");
    }
    LocalDate before = from.minusDays(1);
    LocalDate after = to.plusDays(1);
    assertTrue(holidays.isWorkingDay(before) || isWeekend(before), name + ": " + before);
    assertTrue(holidays.isWorkingDay(after) || isWeekend(after), name + ": " + after);
  }

  @Test
  void worksTheSaturdaysThatRepaySwappedDays() {
    assertTrue(holidays.isWorkingDay(LocalDate.of(2024, 5, 4)));
    assertTrue(holidays.isWorkingDay(LocalDate.of(2025, 2, 8)));
    assertFalse(holidays.isWorkingDay(LocalDate.of(2024, 5, 11)));
  }

  @Test
  void theRuleAloneGivesTheLawsFiveDaysOfTet() {
    // Tết Giáp Thìn: eve 9/2/2024 (Fri), mùng 1–4 = 10/2–13/2; the weekend made up on 14–15/2
    List<LocalDate> off = new ArrayList<>(VietnamHolidays.ruleOnly().weekdaysOff(2024));
    assertTrue(off.containsAll(List.of(LocalDate.of(2024, 2, 9), LocalDate.of(2024, 2, 12),
        LocalDate.of(2024, 2, 13), LocalDate.of(2024, 2, 14), LocalDate.of(2024, 2, 15))));
    assertFalse(off.contains(LocalDate.of(2024, 2, 8)));
  }

  @ParameterizedTest
  @CsvSource({"2021, 2021-09-03", "2022, 2022-09-01", "2023, 2023-09-01", "2024, 2024-09-03",
      "2025, 2025-09-01"})
  void picksTheDayNextToNationalDayAsTheGovernmentDid(int year, LocalDate day) {
    assertEquals(day, VietnamHolidays.adjacentToNationalDay(year));
  }

  @Property(tries = 60)
  void everyYearHasElevenHolidaysAndAsManyWeekdaysOff(
      @ForAll @IntRange(min = 2021, max = 2150) int year) {
    assertEquals(11, VietnamHolidays.statutoryHolidays(year).size());
    assertEquals(11, VietnamHolidays.ruleOnly().weekdaysOff(year).size());
  }

  private static boolean isWeekend(LocalDate d) {
    return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
  }
}
