package io.github.vanban.core.deadline;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableSortedSet;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The subset of an RFC 5545 recurrence rule that Vietnamese reporting deadlines need:
 * {@code FREQ} (DAILY, WEEKLY, MONTHLY, YEARLY), {@code BYMONTH}, {@code BYMONTHDAY}
 * (negative counts from the month's end) and {@code BYDAY} (plain weekdays). Rules are
 * anchored to the calendar, not to a start date, so {@code INTERVAL} is not supported.
 *
 * <p>{@link #next(LocalDate)} finds the first occurrence on or after a day. A month day that
 * a month lacks (31 in April, 29 in February of a common year) is skipped in that month, as
 * RFC 5545 prescribes; BYMONTH, BYMONTHDAY and BYDAY each restrict the days, and a rule
 * whose parts name no day (WEEKLY without BYDAY, MONTHLY or YEARLY without BYMONTHDAY and
 * BYDAY) has no next day.
 */
public final class RecurrenceRule {

  /** The frequency of a rule. */
  public enum Frequency {
    DAILY, WEEKLY, MONTHLY, YEARLY
  }

  /** A whole Gregorian cycle: every combination of month day, weekday and leap year recurs. */
  private static final int MONTHS_SEARCHED = 12 * 400;

  private static final int DAYS_SEARCHED = 366 + 7;

  private final Frequency frequency;
  private final ImmutableSortedSet<Integer> byMonth;
  private final ImmutableSortedSet<Integer> byMonthDay;
  private final ImmutableSortedSet<DayOfWeek> byDay;

  /** Sets already in natural order ({@link ImmutableSortedSet#of}) are kept, not copied. */
  private RecurrenceRule(Frequency frequency, Set<Integer> byMonth, Set<Integer> byMonthDay,
      Set<DayOfWeek> byDay) {
    this.frequency = checkNotNull(frequency, "frequency");
    this.byMonth = ImmutableSortedSet.copyOf(byMonth);
    this.byMonthDay = ImmutableSortedSet.copyOf(byMonthDay);
    this.byDay = ImmutableSortedSet.copyOf(byDay);
    for (int m : this.byMonth) {
      checkArgument(m >= 1 && m <= 12, "BYMONTH %s out of range", m);
    }
    for (int d : this.byMonthDay) {
      checkArgument(d != 0 && d >= -31 && d <= 31, "BYMONTHDAY %s out of range", d);
    }
  }

  /** Every year on {@code day}/{@code month}: {@code FREQ=YEARLY;BYMONTH=m;BYMONTHDAY=d}. */
  public static RecurrenceRule yearly(int month, int day) {
    return new RecurrenceRule(Frequency.YEARLY, ImmutableSortedSet.of(month), ImmutableSortedSet.of(day),
        ImmutableSortedSet.of());
  }

  /** Every month on {@code day}: {@code FREQ=MONTHLY;BYMONTHDAY=d}. */
  public static RecurrenceRule monthly(int day) {
    return new RecurrenceRule(Frequency.MONTHLY, ImmutableSortedSet.of(), ImmutableSortedSet.of(day),
        ImmutableSortedSet.of());
  }

  /** Every day: {@code FREQ=DAILY}. */
  public static RecurrenceRule daily() {
    return new RecurrenceRule(Frequency.DAILY, ImmutableSortedSet.of(), ImmutableSortedSet.of(),
        ImmutableSortedSet.of());
  }

  /** Every week on {@code day}: {@code FREQ=WEEKLY;BYDAY=..}. */
  public static RecurrenceRule weekly(DayOfWeek day) {
    return new RecurrenceRule(Frequency.WEEKLY, ImmutableSortedSet.of(), ImmutableSortedSet.of(),
        ImmutableSortedSet.of(day));
  }

  /** A rule of the given parts; empty sets leave a part out. */
  public static RecurrenceRule of(Frequency frequency, Set<Integer> byMonth, Set<Integer> byMonthDay) {
    return new RecurrenceRule(frequency, byMonth, byMonthDay, Set.of());
  }

  /**
   * Parses the text of a rule ({@code FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=15}), parts in any
   * order, case ignored.
   *
   * @throws IllegalArgumentException if a part is unknown or malformed
   */
  public static RecurrenceRule parse(String text) {
    Frequency freq = null;
    List<Integer> months = new ArrayList<>();
    List<Integer> days = new ArrayList<>();
    List<DayOfWeek> weekdays = new ArrayList<>();
    for (String part : Splitter.on(';').trimResults().omitEmptyStrings().split(text.toUpperCase(Locale.ROOT))) {
      int eq = part.indexOf('=');
      checkArgument(eq > 0, "malformed rule part '%s'", part);
      String name = part.substring(0, eq);
      List<String> values = Splitter.on(',').trimResults().splitToList(part.substring(eq + 1));
      switch (name) {
        case "FREQ":
          freq = Frequency.valueOf(values.get(0));
          break;
        case "BYMONTH":
          values.forEach(v -> months.add(Integer.parseInt(v)));
          break;
        case "BYMONTHDAY":
          values.forEach(v -> days.add(Integer.parseInt(v)));
          break;
        case "BYDAY":
          values.forEach(v -> weekdays.add(weekday(v)));
          break;
        default:
          throw new IllegalArgumentException("unsupported rule part " + name);
      }
    }
    checkArgument(freq != null, "rule without FREQ: %s", text);
    return new RecurrenceRule(freq, Set.copyOf(months), Set.copyOf(days), Set.copyOf(weekdays));
  }

  public Frequency frequency() {
    return frequency;
  }

  public ImmutableSortedSet<Integer> byMonth() {
    return byMonth;
  }

  public ImmutableSortedSet<Integer> byMonthDay() {
    return byMonthDay;
  }

  public ImmutableSortedSet<DayOfWeek> byDay() {
    return byDay;
  }

  /**
   * The first occurrence on or after {@code asOf}; empty for a rule with no fixed day (a
   * WEEKLY rule without BYDAY, a MONTHLY or YEARLY rule without BYMONTHDAY or BYDAY: those
   * need a start date, which these rules lack) and for a rule that never occurs ({@code
   * BYMONTH=2;BYMONTHDAY=30}).
   *
   * <p>The parts filter the days as RFC 5545 expands them for rules without a start date:
   * a day occurs when its month is in BYMONTH (or BYMONTH is empty), it is one of the
   * BYMONTHDAY days of its month (or BYMONTHDAY is empty) and its weekday is in BYDAY (or
   * BYDAY is empty); {@code FREQ=YEARLY;BYMONTHDAY=15} is thus the 15th of every month. The
   * search covers a whole 400-year Gregorian cycle, so a rule that can occur is always found.
   */
  public Optional<LocalDate> next(LocalDate asOf) {
    checkNotNull(asOf, "asOf");
    if (!hasFixedDay()) {
      return Optional.empty();
    }
    if (byMonthDay.isEmpty()) {
      // every allowed weekday of every allowed month comes round within a year and a week
      LocalDate d = asOf;
      for (int i = 0; i < DAYS_SEARCHED; i++, d = d.plusDays(1)) {
        if (occursOn(d)) {
          return Optional.of(d);
        }
      }
      return Optional.empty();
    }
    YearMonth month = YearMonth.from(asOf);
    for (int i = 0; i < MONTHS_SEARCHED; i++, month = month.plusMonths(1)) {
      if (!byMonth.isEmpty() && !byMonth.contains(month.getMonthValue())) {
        continue;
      }
      LocalDate best = null;
      for (int d : byMonthDay) {
        int day = d > 0 ? d : month.lengthOfMonth() + d + 1;
        if (day < 1 || day > month.lengthOfMonth()) {
          continue;
        }
        LocalDate date = month.atDay(day);
        if (!date.isBefore(asOf) && (byDay.isEmpty() || byDay.contains(date.getDayOfWeek()))
            && (best == null || date.isBefore(best))) {
          best = date;
        }
      }
      if (best != null) {
        return Optional.of(best);
      }
    }
    return Optional.empty();
  }

  /** Whether the rule names its days without a start date. */
  private boolean hasFixedDay() {
    switch (frequency) {
      case DAILY:
        return true;
      case WEEKLY:
        return !byDay.isEmpty();
      default:
        return !byMonthDay.isEmpty() || !byDay.isEmpty();
    }
  }

  /** Whether {@code day} is one of the rule's days (for a rule with a fixed day). */
  public boolean occursOn(LocalDate day) {
    checkNotNull(day, "day");
    if (!hasFixedDay()) {
      return false;
    }
    if (!byMonth.isEmpty() && !byMonth.contains(day.getMonthValue())) {
      return false;
    }
    if (!byDay.isEmpty() && !byDay.contains(day.getDayOfWeek())) {
      return false;
    }
    if (byMonthDay.isEmpty()) {
      return true;
    }
    int length = day.lengthOfMonth();
    for (int d : byMonthDay) {
      if ((d > 0 ? d : length + d + 1) == day.getDayOfMonth()) {
        return true;
      }
    }
    return false;
  }

  private static DayOfWeek weekday(String code) {
    switch (code) {
      case "MO": return DayOfWeek.MONDAY;
      case "TU": return DayOfWeek.TUESDAY;
      case "WE": return DayOfWeek.WEDNESDAY;
      case "TH": return DayOfWeek.THURSDAY;
      case "FR": return DayOfWeek.FRIDAY;
      case "SA": return DayOfWeek.SATURDAY;
      case "SU": return DayOfWeek.SUNDAY;
      default: throw new IllegalArgumentException("unknown weekday " + code);
    }
  }

  private static String code(DayOfWeek d) {
    return d.name().substring(0, 2);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof RecurrenceRule)) {
      return false;
    }
    RecurrenceRule r = (RecurrenceRule) o;
    return frequency == r.frequency && byMonth.equals(r.byMonth) && byMonthDay.equals(r.byMonthDay)
        && byDay.equals(r.byDay);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(frequency, byMonth, byMonthDay, byDay);
  }

  /** The rule in RFC 5545 text: {@code FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=15}. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("FREQ=").append(frequency);
    if (!byMonth.isEmpty()) {
      b.append(";BYMONTH=").append(join(byMonth));
    }
    if (!byMonthDay.isEmpty()) {
      b.append(";BYMONTHDAY=").append(join(byMonthDay));
    }
    if (!byDay.isEmpty()) {
      List<String> codes = new ArrayList<>();
      byDay.forEach(d -> codes.add(code(d)));
      b.append(";BYDAY=").append(String.join(",", codes));
    }
    return b.toString();
  }

  private static String join(Set<Integer> values) {
    List<String> s = new ArrayList<>();
    values.forEach(v -> s.add(Integer.toString(v)));
    return String.join(",", s);
  }
}
