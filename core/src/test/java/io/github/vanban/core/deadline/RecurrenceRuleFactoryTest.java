package io.github.vanban.core.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DayOfWeek;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The factories build the rule their text names: equal, same hash and text as the parsed rule. */
class RecurrenceRuleFactoryTest {

  @Property(tries = 200)
  void monthlyIsTheParsedRule(@ForAll @IntRange(min = -31, max = 31) int day) {
    if (day == 0) {
      assertThrows(IllegalArgumentException.class, () -> RecurrenceRule.monthly(day));
      return;
    }
    assertSame(RecurrenceRule.parse("FREQ=MONTHLY;BYMONTHDAY=" + day), RecurrenceRule.monthly(day));
  }

  @Property(tries = 200)
  void yearlyIsTheParsedRule(@ForAll @IntRange(min = 1, max = 12) int month,
      @ForAll @IntRange(min = 1, max = 31) int day) {
    assertSame(RecurrenceRule.parse("FREQ=YEARLY;BYMONTH=" + month + ";BYMONTHDAY=" + day),
        RecurrenceRule.yearly(month, day));
  }

  @Property(tries = 20)
  void weeklyAndDailyAreTheParsedRules(@ForAll DayOfWeek day) {
    assertSame(RecurrenceRule.parse("FREQ=WEEKLY;BYDAY=" + day.name().substring(0, 2)),
        RecurrenceRule.weekly(day));
    assertSame(RecurrenceRule.parse("FREQ=DAILY"), RecurrenceRule.daily());
  }

  @Property(tries = 50)
  void outOfRangeDaysAndMonthsAreRejected(@ForAll @IntRange(min = 32, max = 400) int n) {
    assertThrows(IllegalArgumentException.class, () -> RecurrenceRule.monthly(n));
    assertThrows(IllegalArgumentException.class, () -> RecurrenceRule.monthly(-n));
    assertThrows(IllegalArgumentException.class, () -> RecurrenceRule.yearly(n % 20 + 13, 1));
  }

  private static void assertSame(RecurrenceRule parsed, RecurrenceRule built) {
    assertEquals(parsed, built);
    assertEquals(parsed.hashCode(), built.hashCode());
    assertEquals(parsed.toString(), built.toString());
    assertEquals(parsed.byMonth(), built.byMonth());
    assertEquals(parsed.byMonthDay(), built.byMonthDay());
    assertEquals(parsed.byDay(), built.byDay());
  }
}
