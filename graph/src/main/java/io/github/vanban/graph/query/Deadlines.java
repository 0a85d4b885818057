package io.github.vanban.graph.query;

import io.github.vanban.core.deadline.Deadline;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Deadlines as the tables print them, and the due days of a deadline within a window. */
public final class Deadlines {
  /** The most occurrences one deadline yields in a window (a daily report over 27 years). */
  public static final int MAX_OCCURRENCES = 10_000;

  private Deadlines() {}

  /** {@code by 2020-06-30}, {@code FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=15}, {@code periodic YEARLY}, {@code on event}, {@code none}. */
  public static String describe(Deadline d) {
    if (d instanceof Deadline.OnDate od) {
      return "by " + od.date();
    }
    if (d instanceof Deadline.Recurring r) {
      return r.rule().toString();
    }
    if (d instanceof Deadline.Periodic p) {
      return p.period().map(x -> "periodic " + x).orElse("periodic");
    }
    if (d instanceof Deadline.OnEvent) {
      return "on event";
    }
    return "none";
  }

  /** Every day in {@code [from, to]} on which {@code d} falls due, in order (recurring ones expanded). */
  public static List<LocalDate> dueBetween(Deadline d, LocalDate from, LocalDate to) {
    List<LocalDate> days = new ArrayList<>();
    Optional<LocalDate> next = d.nextDue(from);
    while (next.isPresent() && !next.get().isAfter(to) && days.size() < MAX_OCCURRENCES) {
      days.add(next.get());
      if (next.get().equals(LocalDate.MAX)) {
        break;
      }
      next = d.nextDue(next.get().plusDays(1));
    }
    return days;
  }
}
