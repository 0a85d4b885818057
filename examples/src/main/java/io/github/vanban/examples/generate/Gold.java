package io.github.vanban.examples.generate;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The facts a generated file holds, in the shape of the {@code vanban-extract/1} gold files:
 * an agency is a list of accepted names (the first is canonical).
 */
public final class Gold {
  private Gold() {}

  /** One planted document. */
  public record Document(@Nullable String number, String type, ImmutableList<String> issuer, String level,
      @Nullable String place, @Nullable LocalDate date, @Nullable String subject,
      ImmutableList<String> recipients, @Nullable Signer signer, ImmutableList<Citation> citations,
      ImmutableList<Task> tasks, ImmutableList<Report> reporting) {}

  /** The person who signed, with the authority line above the title. */
  public record Signer(String name, @Nullable String title, @Nullable String authority) {}

  /** A document named in the text. */
  public record Citation(String number, String type, @Nullable LocalDate date, ImmutableList<String> issuer,
      String relation) {}

  /** An assignment with its lead body. */
  public record Task(ImmutableList<String> lead, String text) {}

  /** A duty to report. */
  public record Report(ImmutableList<String> reporter, ImmutableList<String> recipient,
      ImmutableList<String> via, Deadline deadline, String text) {}

  /**
   * A deadline: {@code kind} is DATE, RECURRING, PERIODIC, ON_EVENT or NONE, with the
   * {@code date}, {@code rrule} or {@code period} its kind needs.
   */
  public record Deadline(String kind, @Nullable LocalDate date, @Nullable String rrule, @Nullable String period,
      String text) {
    static Deadline none() {
      return new Deadline("NONE", null, null, null, "");
    }
  }
}
