package io.github.vanban.core;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A problem met while reading a source: not an exception, a note kept with the result, with
 * the span it concerns where there is one (jsoup's parse errors are the model).
 */
@Value.Immutable
public abstract class Diagnostic {

  /** How serious the problem is. */
  public enum Severity {
    /** Information: a guess was made (a legacy encoding decoded, a line joined). */
    INFO,
    /** Some text could not be understood and was kept unparsed. */
    WARNING,
    /** The source could not be read as text at all. */
    ERROR
  }

  /** How serious it is. */
  @Value.Parameter
  public abstract Severity severity();

  /** What happened, in one line. */
  @Value.Parameter
  public abstract String message();

  /** Where, if the problem has a place. */
  public abstract Optional<Span> span();

  /** A diagnostic without a place. */
  public static Diagnostic of(Severity severity, String message) {
    return ImmutableDiagnostic.of(severity, message);
  }

  /** A diagnostic about {@code span}. */
  public static Diagnostic of(Severity severity, String message, Span span) {
    return ImmutableDiagnostic.of(severity, message).withSpan(span);
  }

  @Override
  public String toString() {
    return severity() + ": " + message() + span().map(s -> " at " + s).orElse("");
  }
}
