package io.github.vanban.core.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Properties of {@link RecurrenceRule#next} and {@link Deadline#nextDue}: checked against a
 * brute-force scan day by day with an independent reading of the rule.
 */
class RecurrenceRulePropertiesTest {

  private static final int SCAN_DAYS = 366 * 30;

  @Provide
  Arbitrary<RecurrenceRule> rules() {
    Arbitrary<String> freq = Arbitraries.of("DAILY", "WEEKLY", "MONTHLY", "YEARLY");
    Arbitrary<List<Integer>> months = Arbitraries.integers().between(1, 12).list().ofMaxSize(3);
    Arbitrary<List<Integer>> days = Arbitraries.oneOf(Arbitraries.integers().between(1, 31),
        Arbitraries.integers().between(-31, -1), Arbitraries.of(28, 29, 30, 31, -1))
        .list().ofMaxSize(3);
    Arbitrary<List<String>> weekdays = Arbitraries.of("MO", "TU", "WE", "TH", "FR", "SA", "SU")
        .list().ofMaxSize(2);
    return Combinators.combine(freq, months, days, weekdays).as((f, m, d, w) -> {
      StringBuilder b = new StringBuilder("FREQ=").append(f);
      if (!m.isEmpty()) {
        b.append(";BYMONTH=").append(join(m));
      }
      if (!d.isEmpty()) {
        b.append(";BYMONTHDAY=").append(join(d));
      }
      if (!w.isEmpty()) {
        b.append(";BYDAY=").append(String.join(",", w));
      }
      return RecurrenceRule.parse(b.toString());
    });
  }

  @Provide
  Arbitrary<LocalDate> days() {
    return Arbitraries.integers().between(-10000, 60000).map(LocalDate::ofEpochDay);
  }

  /** Days near year ends and in leap years weigh more. */
  @Provide
  Arbitrary<LocalDate> awkwardDays() {
    Arbitrary<LocalDate> yearEnds = Arbitraries.integers().between(1896, 2104)
        .flatMap(y -> Arbitraries.integers().between(-3, 3)
            .map(k -> LocalDate.of(y, 12, 31).plusDays(k)));
    Arbitrary<LocalDate> februaries = Arbitraries.integers().between(1896, 2104)
        .flatMap(y -> Arbitraries.integers().between(0, 3)
            .map(k -> LocalDate.of(y, 2, 27).plusDays(k)));
    return Arbitraries.oneOf(yearEnds, februaries, days());
  }

  @Property(tries = 300)
  void isNeverBeforeTheDayAsked(@ForAll("rules") RecurrenceRule rule,
      @ForAll("awkwardDays") LocalDate asOf) {
    rule.next(asOf).ifPresent(d -> assertFalse(d.isBefore(asOf), rule + " from " + asOf));
  }

  @Property(tries = 300)
  void isStableUnderRepetition(@ForAll("rules") RecurrenceRule rule,
      @ForAll("awkwardDays") LocalDate asOf) {
    Optional<LocalDate> next = rule.next(asOf);
    next.ifPresent(d -> assertEquals(next, rule.next(d), rule + " from " + asOf));
  }

  @Property(tries = 200)
  void equalsADayByDayScan(@ForAll("rules") RecurrenceRule rule,
      @ForAll("awkwardDays") LocalDate asOf) {
    Optional<LocalDate> scanned = scan(rule, asOf);
    Optional<LocalDate> next = rule.next(asOf);
    if (scanned.isPresent()) {
      assertEquals(scanned, next, rule.toString() + " from " + asOf);
    } else {
      // nothing within 30 years: either it never occurs or it occurs later
      next.ifPresent(d -> {
        assertTrue(d.isAfter(asOf.plusDays(SCAN_DAYS - 1)), rule + " from " + asOf);
        assertTrue(occurs(rule, d), rule + " on " + d);
      });
    }
  }

  @Property(tries = 200)
  void growsWithTheDayAsked(@ForAll("rules") RecurrenceRule rule,
      @ForAll("days") LocalDate a, @ForAll @IntRange(min = 0, max = 800) int gap) {
    LocalDate b = a.plusDays(gap);
    Optional<LocalDate> na = rule.next(a);
    Optional<LocalDate> nb = rule.next(b);
    if (na.isPresent() && nb.isPresent()) {
      assertFalse(nb.get().isBefore(na.get()), rule + ": " + a + " → " + na + ", " + b + " → " + nb);
    }
  }

  @Property(tries = 300)
  void roundTripsThroughItsText(@ForAll("rules") RecurrenceRule rule) {
    assertEquals(rule, RecurrenceRule.parse(rule.toString()));
    assertEquals(rule.toString(), RecurrenceRule.parse(rule.toString()).toString());
  }

  @Property(tries = 200)
  void aTwentyNinthOfFebruaryComesInTheNextLeapYear(@ForAll("awkwardDays") LocalDate asOf) {
    LocalDate d = RecurrenceRule.yearly(2, 29).next(asOf).orElseThrow();
    assertEquals(Month.FEBRUARY, d.getMonth());
    assertEquals(29, d.getDayOfMonth());
    for (int y = asOf.getYear(); y < d.getYear(); y++) {
      LocalDate candidate = LocalDate.of(y, 2, 1);
      assertTrue(!candidate.isLeapYear() || LocalDate.of(y, 2, 29).isBefore(asOf),
          "skipped the leap year " + y + " from " + asOf);
    }
    assertTrue(d.getYear() - asOf.getYear() <= 8);
  }

  @Property(tries = 200)
  void aRecurringDeadlineIsDueWhenItsRuleNextOccurs(@ForAll("rules") RecurrenceRule rule,
      @ForAll("awkwardDays") LocalDate asOf) {
    Deadline d = Deadline.recurring(rule, "");
    assertEquals(rule.next(asOf), d.nextDue(asOf));
  }

  @Property(tries = 200)
  void aDateIsDueUntilItPasses(@ForAll("days") LocalDate date, @ForAll("days") LocalDate asOf) {
    Optional<LocalDate> due = Deadline.on(date, "").nextDue(asOf);
    assertEquals(date.isBefore(asOf) ? Optional.empty() : Optional.of(date), due);
    due.ifPresent(x -> assertEquals(due, Deadline.on(date, "").nextDue(x)));
  }

  @Example
  void crossesTheYearEnd() {
    RecurrenceRule newYearsEve = RecurrenceRule.yearly(12, 31);
    assertEquals(Optional.of(LocalDate.of(2020, 12, 31)), newYearsEve.next(LocalDate.of(2020, 12, 31)));
    assertEquals(Optional.of(LocalDate.of(2021, 12, 31)), newYearsEve.next(LocalDate.of(2021, 1, 1)));
    RecurrenceRule fifteenthNov = RecurrenceRule.yearly(11, 15);
    assertEquals(Optional.of(LocalDate.of(2021, 11, 15)), fifteenthNov.next(LocalDate.of(2020, 11, 16)));
    RecurrenceRule quarterEnds = RecurrenceRule.parse("FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=20");
    assertEquals(Optional.of(LocalDate.of(2021, 3, 20)), quarterEnds.next(LocalDate.of(2020, 12, 21)));
    assertEquals(Optional.of(LocalDate.of(2021, 1, 31)),
        RecurrenceRule.monthly(-1).next(LocalDate.of(2020, 12, 31).plusDays(1)));
    assertEquals(Optional.of(LocalDate.of(2024, 2, 29)),
        RecurrenceRule.monthly(-1).next(LocalDate.of(2024, 2, 2)));
    assertEquals(Optional.of(LocalDate.of(2100, 3, 31)),
        RecurrenceRule.monthly(31).next(LocalDate.of(2100, 2, 1)));
  }

  @Example
  void skipsTheCenturyYearThatIsNotLeap() {
    assertEquals(Optional.of(LocalDate.of(2104, 2, 29)),
        RecurrenceRule.yearly(2, 29).next(LocalDate.of(2096, 3, 1)));
  }

  @Example
  void findsNothingForADayNoMonthHas() {
    assertEquals(Optional.empty(), RecurrenceRule.yearly(2, 30).next(LocalDate.of(2020, 1, 1)));
    assertEquals(Optional.empty(), RecurrenceRule.parse("FREQ=YEARLY;BYMONTH=11").next(LocalDate.of(2020, 1, 1)));
    assertEquals(Optional.empty(), RecurrenceRule.parse("FREQ=WEEKLY").next(LocalDate.of(2020, 1, 1)));
  }

  /** The first day on or after {@code from}, within 30 years, on which the rule occurs. */
  private static Optional<LocalDate> scan(RecurrenceRule rule, LocalDate from) {
    LocalDate d = from;
    for (int i = 0; i < SCAN_DAYS; i++, d = d.plusDays(1)) {
      if (occurs(rule, d)) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  /** An independent reading of the rule: each part restricts the days it names. */
  private static boolean occurs(RecurrenceRule rule, LocalDate d) {
    boolean fixed;
    switch (rule.frequency()) {
      case DAILY:
        fixed = true;
        break;
      case WEEKLY:
        fixed = !rule.byDay().isEmpty();
        break;
      default:
        fixed = !rule.byMonthDay().isEmpty() || !rule.byDay().isEmpty();
    }
    if (!fixed) {
      return false;
    }
    boolean month = rule.byMonth().isEmpty() || rule.byMonth().contains(d.getMonthValue());
    boolean weekday = rule.byDay().isEmpty() || rule.byDay().contains(d.getDayOfWeek());
    List<Integer> fromStart = new ArrayList<>();
    rule.byMonthDay().forEach(x -> fromStart.add(x > 0 ? x : x + d.lengthOfMonth() + 1));
    boolean monthDay = rule.byMonthDay().isEmpty() || fromStart.contains(d.getDayOfMonth());
    return month && weekday && monthDay;
  }

  private static String join(List<Integer> values) {
    List<String> s = new ArrayList<>();
    values.forEach(v -> s.add(Integer.toString(v)));
    return String.join(",", s);
  }

}
