package io.github.vanban.core;

import io.github.vanban.core.deadline.Deadline;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A duty to report, submit or send results to a named body: who reports, to whom, through
 * whom ({@code báo cáo UBND tỉnh (qua Sở Nội vụ)}) and by when.
 */
@Value.Immutable
public abstract class ReportingObligation {

  /** The body that must report. */
  public abstract Agency reporter();

  /** The body that receives the report. */
  public abstract Agency recipient();

  /** The body the report passes through, if any. */
  public abstract Optional<Agency> via();

  /** When it falls due. */
  @Value.Default
  public Deadline deadline() {
    return Deadline.none();
  }

  /** The clause that states the duty. */
  public abstract String text();

  /** Where the clause stands in the source. */
  public abstract Span span();

  /** A builder of an obligation. */
  public static ImmutableReportingObligation.Builder builder() {
    return ImmutableReportingObligation.builder();
  }

  @Override
  public String toString() {
    return reporter() + " → " + recipient() + via().map(v -> " (qua " + v + ")").orElse("")
        + ", " + deadline();
  }
}
