package io.github.vanban.core.calendar;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * A day of the Vietnamese lunar calendar (âm lịch): the lunar year (numbered as the
 * Gregorian year in which it begins), the month 1–12, whether it is the leap month (tháng
 * nhuận) that repeats that number, and the day 1–30.
 */
public record LunarDate(int year, int month, int day, boolean leap) {

  public LunarDate {
    checkArgument(month >= 1 && month <= 12, "lunar month %s out of range", month);
    checkArgument(day >= 1 && day <= 30, "lunar day %s out of range", day);
  }

  /** A day of an ordinary (not leap) month. */
  public static LunarDate of(int year, int month, int day) {
    return new LunarDate(year, month, day, false);
  }

  /** {@code 10/3/2024} or {@code 15/4n/2020} for a leap month. */
  @Override
  public String toString() {
    return day + "/" + month + (leap ? "n" : "") + "/" + year;
  }
}
