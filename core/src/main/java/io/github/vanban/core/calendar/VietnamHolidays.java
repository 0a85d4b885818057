package io.github.vanban.core.calendar;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import com.google.common.io.Resources;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Vietnam's public holidays and the days off of the state sector (a Monday-to-Friday week).
 *
 * <p>The rule, by the Labour Code 2019 (Art. 111–112), from 2021:
 * <ul>
 *   <li>1 January; 30 April; 1 May; 10th day of the 3rd lunar month (Giỗ Tổ Hùng Vương);
 *   <li>Tết: five days, by default the last day of the lunar year and the first four days
 *       of the new one (the Government picks the days each year);
 *   <li>2 September and one adjacent day (1 or 3 September, as the Government picks; by
 *       default 1 September when the 2nd is a Tuesday, Friday or Saturday, so the days off
 *       join a weekend, else 3 September — which matches the choices of 2021–2025);
 *   <li>a holiday on a Saturday or Sunday is made up on the next working day.
 * </ul>
 * Earlier years follow the laws then in force: 2 September alone (2013–2020), four days of
 * Tết and no adjacent day (before 2013), no Giỗ Tổ before 2007.
 *
 * <p>The days the Government announced where they differ from that rule (a day of Tết
 * before the eve, days swapped with a Saturday) come from the resource {@code
 * vietnam-days-off.tsv}, one dated line per announced day; years without lines follow the
 * rule. Immutable and thread-safe (per-year results are cached).
 */
public final class VietnamHolidays {

  private static final VietnamHolidays STANDARD = new VietnamHolidays(loadAnnounced());
  private static final VietnamHolidays RULE_ONLY = new VietnamHolidays(ImmutableMap.of());

  /** A day the Government announced: off (true) or worked (false). */
  private final ImmutableMap<LocalDate, Boolean> announced;
  private final Map<Integer, ImmutableSortedSet<LocalDate>> daysOffCache = new ConcurrentHashMap<>();

  private VietnamHolidays(ImmutableMap<LocalDate, Boolean> announced) {
    this.announced = announced;
  }

  /** The rule with the announced days of the bundled data. */
  public static VietnamHolidays standard() {
    return STANDARD;
  }

  /** The rule alone, without announced days. */
  public static VietnamHolidays ruleOnly() {
    return RULE_ONLY;
  }

  /** The holidays the law names for {@code year} (weekends included, no make-up days). */
  public static ImmutableSortedSet<LocalDate> statutoryHolidays(int year) {
    TreeSet<LocalDate> days = new TreeSet<>();
    days.add(LocalDate.of(year, 1, 1));
    LocalDate tet = LunarCalendar.newYear(year);
    int tetDays = year >= 2013 ? 5 : 4;
    for (int i = -1; i < tetDays - 1; i++) {
      days.add(tet.plusDays(i));
    }
    if (year >= 2007) {
      days.add(LunarCalendar.toSolar(LunarDate.of(year, 3, 10)).orElseThrow());
    }
    days.add(LocalDate.of(year, 4, 30));
    days.add(LocalDate.of(year, 5, 1));
    LocalDate national = LocalDate.of(year, 9, 2);
    days.add(national);
    if (year >= 2021) {
      days.add(adjacentToNationalDay(year));
    }
    return ImmutableSortedSet.copyOf(days);
  }

  /** The default day next to 2 September: the 1st when it joins a weekend, else the 3rd. */
  static LocalDate adjacentToNationalDay(int year) {
    DayOfWeek d = LocalDate.of(year, 9, 2).getDayOfWeek();
    boolean first = d == DayOfWeek.TUESDAY || d == DayOfWeek.FRIDAY || d == DayOfWeek.SATURDAY;
    return LocalDate.of(year, 9, first ? 1 : 3);
  }

  /**
   * Every weekday off in {@code year}: the statutory holidays on weekdays, the make-up days
   * for those on weekends, and the announced days, less the announced working days.
   */
  public ImmutableSortedSet<LocalDate> weekdaysOff(int year) {
    return daysOffCache.computeIfAbsent(year, this::computeWeekdaysOff);
  }

  private ImmutableSortedSet<LocalDate> computeWeekdaysOff(int year) {
    ImmutableSortedSet<LocalDate> holidays = statutoryHolidays(year);
    TreeSet<LocalDate> off = new TreeSet<>();
    for (LocalDate h : holidays) {
      if (!isWeekend(h)) {
        off.add(h);
      }
    }
    for (LocalDate h : holidays) {
      if (isWeekend(h)) {
        LocalDate d = h.plusDays(1);
        while (isWeekend(d) || holidays.contains(d) || off.contains(d)) {
          d = d.plusDays(1);
        }
        off.add(d);
      }
    }
    announced.forEach((day, isOff) -> {
      if (day.getYear() == year) {
        if (isOff) {
          off.add(day);
        } else {
          off.remove(day);
        }
      }
    });
    off.removeIf(d -> d.getYear() != year);
    return ImmutableSortedSet.copyOf(off);
  }

  /** Whether {@code day} is a working day of the state sector. */
  public boolean isWorkingDay(LocalDate day) {
    checkNotNull(day, "day");
    Boolean a = announced.get(day);
    if (a != null) {
      return !a;
    }
    return !isWeekend(day) && !weekdaysOff(day.getYear()).contains(day);
  }

  /** Whether {@code day} is a public holiday the law names. */
  public static boolean isStatutoryHoliday(LocalDate day) {
    return statutoryHolidays(day.getYear()).contains(day);
  }

  private static boolean isWeekend(LocalDate d) {
    return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
  }

  private static ImmutableMap<LocalDate, Boolean> loadAnnounced() {
    String text;
    try {
      text = Resources.toString(Resources.getResource(VietnamHolidays.class,
          "vietnam-days-off.tsv"), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ImmutableMap.Builder<LocalDate, Boolean> out = ImmutableMap.builder();
    for (String line : text.split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      if (f.length < 2 || !(f[1].equals("OFF") || f[1].equals("WORK"))) {
        throw new IllegalStateException("bad line in vietnam-days-off.tsv: " + line);
      }
      out.put(LocalDate.parse(f[0].strip()), f[1].equals("OFF"));
    }
    return out.buildOrThrow();
  }
}
