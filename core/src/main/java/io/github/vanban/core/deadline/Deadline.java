package io.github.vanban.core.deadline;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * When a task or report falls due: a closed family of five kinds, as in
 * {@code vanban-extract/1}. Each keeps the phrase it was read from ({@link #text()}).
 *
 * <ul>
 *   <li>{@link OnDate}: one last day ({@code trước ngày 30/6/2020});
 *   <li>{@link Recurring}: a fixed day every period, as an RFC 5545 rule ({@code trước ngày
 *       15/11 hằng năm} → {@code FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=15});
 *   <li>{@link Periodic}: regular, with no fixed day ({@code định kỳ hằng quý});
 *   <li>{@link OnEvent}: when something happens ({@code khi có khó khăn, vướng mắc});
 *   <li>{@link None}: no time given.
 * </ul>
 */
public sealed interface Deadline permits Deadline.OnDate, Deadline.Recurring, Deadline.Periodic,
    Deadline.OnEvent, Deadline.None {

  /** The five kinds. */
  enum Kind {
    DATE, RECURRING, PERIODIC, ON_EVENT, NONE
  }

  /** Which kind this is. */
  Kind kind();

  /** The phrase as printed, empty when none was found. */
  String text();

  /**
   * The first day on or after {@code asOf} on which this deadline falls: the date itself for
   * {@link OnDate} (empty once it has passed), the next occurrence for {@link Recurring};
   * empty for the kinds without a day.
   */
  default Optional<LocalDate> nextDue(LocalDate asOf) {
    return Optional.empty();
  }

  /** One last day. */
  static Deadline on(LocalDate date, String text) {
    return new OnDate(date, text);
  }

  /** A fixed day every period. */
  static Deadline recurring(RecurrenceRule rule, String text) {
    return new Recurring(rule, text);
  }

  /** Regular with no fixed day; {@code period} may be null for a bare {@code định kỳ}. */
  static Deadline periodic(Period period, String text) {
    return new Periodic(Optional.ofNullable(period), text);
  }

  /** When something happens. */
  static Deadline onEvent(String text) {
    return new OnEvent(text);
  }

  /** No time given. */
  static Deadline none() {
    return None.INSTANCE;
  }

  /** One last day. */
  record OnDate(LocalDate date, String text) implements Deadline {
    public OnDate {
      checkNotNull(date, "date");
      checkNotNull(text, "text");
    }

    @Override
    public Kind kind() {
      return Kind.DATE;
    }

    @Override
    public Optional<LocalDate> nextDue(LocalDate asOf) {
      return date.isBefore(asOf) ? Optional.empty() : Optional.of(date);
    }

    @Override
    public String toString() {
      return "DATE " + date;
    }
  }

  /** A fixed day every period. */
  record Recurring(RecurrenceRule rule, String text) implements Deadline {
    public Recurring {
      checkNotNull(rule, "rule");
      checkNotNull(text, "text");
    }

    @Override
    public Kind kind() {
      return Kind.RECURRING;
    }

    @Override
    public Optional<LocalDate> nextDue(LocalDate asOf) {
      return rule.next(asOf);
    }

    @Override
    public String toString() {
      return "RECURRING " + rule;
    }
  }

  /** Regular with no fixed day. */
  record Periodic(Optional<Period> period, String text) implements Deadline {
    public Periodic {
      checkNotNull(period, "period");
      checkNotNull(text, "text");
    }

    @Override
    public Kind kind() {
      return Kind.PERIODIC;
    }

    @Override
    public String toString() {
      return "PERIODIC " + period.map(Enum::name).orElse("(no period)");
    }
  }

  /** When something happens. */
  record OnEvent(String text) implements Deadline {
    public OnEvent {
      checkNotNull(text, "text");
    }

    @Override
    public Kind kind() {
      return Kind.ON_EVENT;
    }

    @Override
    public String toString() {
      return "ON_EVENT";
    }
  }

  /** No time given. */
  final class None implements Deadline {
    static final None INSTANCE = new None();

    private None() {}

    @Override
    public Kind kind() {
      return Kind.NONE;
    }

    @Override
    public String text() {
      return "";
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof None;
    }

    @Override
    public int hashCode() {
      return Objects.hash(Kind.NONE);
    }

    @Override
    public String toString() {
      return "NONE";
    }
  }
}
