package io.github.vanban.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The computed Vietnamese lunar calendar against dates known from printed calendars. */
class LunarCalendarTest {

  @ParameterizedTest(name = "Tết {0} = {1}")
  @CsvSource({
      "1968, 1968-01-29", // UTC+7 (the South, on UTC+8, kept 30 January)
      "1985, 1985-01-21", // China: 20 February
      "1990, 1990-01-27",
      "1995, 1995-01-31",
      "1999, 1999-02-16",
      "2000, 2000-02-05",
      "2001, 2001-01-24",
      "2002, 2002-02-12",
      "2003, 2003-02-01",
      "2004, 2004-01-22",
      "2005, 2005-02-09",
      "2006, 2006-01-29",
      "2007, 2007-02-17", // China: 18 February
      "2008, 2008-02-07",
      "2009, 2009-01-26",
      "2010, 2010-02-14",
      "2011, 2011-02-03",
      "2012, 2012-01-23",
      "2013, 2013-02-10",
      "2014, 2014-01-31",
      "2015, 2015-02-19",
      "2016, 2016-02-08",
      "2017, 2017-01-28",
      "2018, 2018-02-16",
      "2019, 2019-02-05",
      "2020, 2020-01-25",
      "2021, 2021-02-12",
      "2022, 2022-02-01",
      "2023, 2023-01-22",
      "2024, 2024-02-10",
      "2025, 2025-01-29",
      "2026, 2026-02-17",
      "2027, 2027-02-06",
      "2028, 2028-01-26",
      "2029, 2029-02-13",
      "2030, 2030-02-02", // China: 3 February
      "2053, 2053-02-18", // China: 19 February
  })
  void knowsTheDayOfTet(int year, LocalDate tet) {
    assertEquals(tet, LunarCalendar.newYear(year));
    assertEquals(LunarDate.of(year, 1, 1), LunarCalendar.toLunar(tet));
    assertEquals(new LunarDate(year - 1, 12, LunarCalendar.toLunar(tet.minusDays(1)).day(), false),
        LunarCalendar.toLunar(tet.minusDays(1)));
  }

  @ParameterizedTest(name = "Giỗ Tổ {0} = {1}")
  @CsvSource({
      "2019, 2019-04-14",
      "2020, 2020-04-02",
      "2021, 2021-04-21",
      "2022, 2022-04-10",
      "2023, 2023-04-29",
      "2024, 2024-04-18",
      "2025, 2025-04-07",
  })
  void knowsTheDayOfTheHungKingsCommemoration(int year, LocalDate day) {
    assertEquals(Optional.of(day), LunarCalendar.toSolar(LunarDate.of(year, 3, 10)));
    assertEquals(LunarDate.of(year, 3, 10), LunarCalendar.toLunar(day));
  }

  @ParameterizedTest(name = "leap month of {0} = {1}")
  @CsvSource({
      "2012, 4", "2014, 9", "2017, 6", "2020, 4", "2023, 2", "2025, 6", "2028, 5",
      "2013, 0", "2015, 0", "2016, 0", "2018, 0", "2019, 0", "2021, 0", "2022, 0", "2024, 0",
  })
  void knowsTheLeapMonths(int year, int month) {
    assertEquals(month == 0 ? OptionalInt.empty() : OptionalInt.of(month),
        LunarCalendar.leapMonth(year));
  }

  @Test
  void readsADayOfALeapMonth() {
    // 2020 had a leap fourth month, from 23 May to 20 June
    assertEquals(new LunarDate(2020, 4, 1, true), LunarCalendar.toLunar(LocalDate.of(2020, 5, 23)));
    assertEquals(LunarDate.of(2020, 4, 1), LunarCalendar.toLunar(LocalDate.of(2020, 4, 23)));
    assertEquals(LunarDate.of(2020, 5, 1), LunarCalendar.toLunar(LocalDate.of(2020, 6, 21)));
    assertEquals(Optional.empty(), LunarCalendar.toSolar(new LunarDate(2021, 4, 1, true)));
  }

  @Property(tries = 300)
  void convertsBothWays(@ForAll @IntRange(min = -25000, max = 60000) int epochDay) {
    LocalDate d = LocalDate.ofEpochDay(epochDay);
    LunarDate l = LunarCalendar.toLunar(d);
    assertEquals(Optional.of(d), LunarCalendar.toSolar(l));
  }

  @Property(tries = 100)
  void monthsLast29Or30DaysAndYears12Or13Months(@ForAll @IntRange(min = 1901, max = 2190) int year) {
    LocalDate tet = LunarCalendar.newYear(year);
    long days = LunarCalendar.newYear(year + 1).toEpochDay() - tet.toEpochDay();
    boolean leap = LunarCalendar.leapMonth(year).isPresent();
    assertTrue(leap ? days >= 383 && days <= 385 : days >= 353 && days <= 355,
        year + ": " + days + " days, leap " + leap);
    assertTrue(tet.isAfter(LocalDate.of(year, 1, 19)) && tet.isBefore(LocalDate.of(year, 2, 21)));
  }
}
