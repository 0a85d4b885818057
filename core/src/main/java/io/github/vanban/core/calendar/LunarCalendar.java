package io.github.vanban.core.calendar;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The Vietnamese lunisolar calendar, computed for the meridian of UTC+7 from the new moons
 * and the Sun's longitude ({@link Astronomy}, after Meeus).
 *
 * <p>The rules: a month begins on the local day of a new moon; month 11 is the month that
 * holds the winter solstice; a year with 13 new moons between two months 11 has a leap
 * month, which is the first month after month 11 in which the Sun enters no new 30° sector
 * of longitude (no major solar term, trung khí), and it repeats the number of the month
 * before it. Because Vietnam keeps UTC+7 and China UTC+8, a new moon close to midnight
 * can fall on different days and the two calendars then differ (Tết 1985 was 21 January
 * in Vietnam and 20 February in China; Tết 2007 17 February and 18 February).
 *
 * <p>UTC+7 is used for every year, so days before 1968, when the North still kept UTC+8,
 * may differ from the calendars printed then. Supported years: 1900–2199. Stateless and
 * thread-safe.
 */
public final class LunarCalendar {
  private LunarCalendar() {}

  /** Vietnam's time zone, in days east of Greenwich. */
  private static final double ZONE = 7.0 / 24;

  private static final double UNIX_EPOCH_JD = 2440587.5;

  static final int FIRST_YEAR = 1900;
  static final int LAST_YEAR = 2199;

  /** The lunar day of a Gregorian date. */
  public static LunarDate toLunar(LocalDate date) {
    checkNotNull(date, "date");
    checkYear(date.getYear());
    long day = date.toEpochDay();
    long k = lastNewMoonOnOrBefore(day);
    long monthStart = newMoonDay(k);
    int yy = date.getYear();
    long a11 = month11(yy);
    long b11;
    int lunarYear;
    if (a11 >= k) {
      lunarYear = yy;
      b11 = a11;
      a11 = month11(yy - 1);
    } else {
      lunarYear = yy + 1;
      b11 = month11(yy + 1);
    }
    int lunarDay = (int) (day - monthStart + 1);
    int diff = (int) (k - a11);
    int month = diff + 11;
    boolean leap = false;
    if (b11 - a11 == 13) {
      int leapOffset = leapOffset(a11);
      if (diff >= leapOffset) {
        month = diff + 10;
        leap = diff == leapOffset;
      }
    }
    if (month > 12) {
      month -= 12;
    }
    if (month >= 11 && diff < 4) {
      lunarYear -= 1;
    }
    return new LunarDate(lunarYear, month, lunarDay, leap);
  }

  /**
   * The Gregorian date of a lunar day; empty when that day does not exist (a leap month the
   * year lacks, day 30 of a short month).
   */
  public static Optional<LocalDate> toSolar(LunarDate lunar) {
    checkNotNull(lunar, "lunar");
    checkYear(lunar.year());
    long a11;
    long b11;
    if (lunar.month() < 11) {
      a11 = month11(lunar.year() - 1);
      b11 = month11(lunar.year());
    } else {
      a11 = month11(lunar.year());
      b11 = month11(lunar.year() + 1);
    }
    int offset = lunar.month() - 11;
    if (offset < 0) {
      offset += 12;
    }
    if (b11 - a11 == 13) {
      int leapOffset = leapOffset(a11);
      int leapMonth = Math.floorMod(leapOffset - 2, 12) == 0 ? 12 : Math.floorMod(leapOffset - 2, 12);
      if (lunar.leap() && lunar.month() != leapMonth) {
        return Optional.empty();
      }
      if (lunar.leap() || offset >= leapOffset) {
        offset += 1;
      }
    } else if (lunar.leap()) {
      return Optional.empty();
    }
    long start = newMoonDay(a11 + offset);
    long length = newMoonDay(a11 + offset + 1) - start;
    if (lunar.day() > length) {
      return Optional.empty();
    }
    return Optional.of(LocalDate.ofEpochDay(start + lunar.day() - 1));
  }

  /** The first day of lunar year {@code year} (mùng 1 Tết). */
  public static LocalDate newYear(int year) {
    return toSolar(LunarDate.of(year, 1, 1)).orElseThrow();
  }

  /** The last day of lunar year {@code year} (30 or 29 tháng Chạp), the eve of Tết. */
  public static LocalDate lastDayOfYear(int year) {
    return newYear(year + 1).minusDays(1);
  }

  /** The leap month of lunar year {@code year}, if it has one. */
  public static OptionalInt leapMonth(int year) {
    checkYear(year);
    // the leap month lies between month 11 of the year before and month 11 of this year,
    // or (for a leap 11 or 12) between month 11 of this year and the next
    long a11 = month11(year - 1);
    long b11 = month11(year);
    if (b11 - a11 == 13) {
      int m = Math.floorMod(leapOffset(a11) - 2, 12);
      m = m == 0 ? 12 : m;
      if (m < 11) {
        return OptionalInt.of(m);
      }
    }
    long c11 = month11(year + 1);
    if (c11 - b11 == 13) {
      int m = Math.floorMod(leapOffset(b11) - 2, 12);
      m = m == 0 ? 12 : m;
      if (m >= 11) {
        return OptionalInt.of(m);
      }
    }
    return OptionalInt.empty();
  }

  // ---------------------------------------------------------------- computation

  /** The local (UTC+7) day, as an epoch day, on which lunation {@code k} begins. */
  static long newMoonDay(long k) {
    double jde = Astronomy.newMoon(k);
    double jdUt = jde - Astronomy.deltaT(2000 + k / 12.3685);
    return (long) Math.floor(jdUt + ZONE - UNIX_EPOCH_JD);
  }

  /** The 30° sector (0–11) of the Sun's longitude at the local midnight that starts a day. */
  static int sunSector(long epochDay) {
    double jdUt = epochDay + UNIX_EPOCH_JD - ZONE;
    double year = 1970 + epochDay / 365.2425;
    return (int) (Astronomy.sunLongitude(jdUt + Astronomy.deltaT(year)) / 30);
  }

  /** The lunation that begins on or before a day. */
  private static long lastNewMoonOnOrBefore(long epochDay) {
    double jd = epochDay + UNIX_EPOCH_JD;
    long k = (long) Math.floor((jd - Astronomy.NEW_MOON_EPOCH) / Astronomy.SYNODIC_MONTH) + 1;
    while (newMoonDay(k) > epochDay) {
      k--;
    }
    return k;
  }

  /** The lunation of month 11 (the month of the winter solstice) of Gregorian year {@code yy}. */
  static long month11(int yy) {
    long k = lastNewMoonOnOrBefore(LocalDate.of(yy, 12, 31).toEpochDay());
    if (sunSector(newMoonDay(k)) >= 9) {
      k--; // this month began after the solstice: the one before holds it
    }
    return k;
  }

  /**
   * How many months after month 11 (lunation {@code k11}) the leap month comes: the first
   * month in whose span the Sun's sector does not change.
   */
  private static int leapOffset(long k11) {
    int i = 1;
    int arc = sunSector(newMoonDay(k11 + i));
    int last;
    do {
      last = arc;
      i++;
      arc = sunSector(newMoonDay(k11 + i));
    } while (arc != last && i < 14);
    return i - 1;
  }

  private static void checkYear(int year) {
    checkArgument(year >= FIRST_YEAR && year <= LAST_YEAR, "year %s outside %s–%s", year,
        FIRST_YEAR, LAST_YEAR);
  }
}
