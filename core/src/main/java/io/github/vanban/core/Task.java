package io.github.vanban.core;

import io.github.vanban.core.deadline.Deadline;
import org.immutables.value.Value;

/**
 * An assignment with a named lead body: {@code Giao Sở Nội vụ phối hợp các sở, ban, ngành
 * liên quan theo dõi, đôn đốc …}. A subject listing several bodies gives one task per body.
 */
@Value.Immutable
public abstract class Task {

  /** The body that leads (chủ trì) the task. */
  public abstract Agency lead();

  /** The bodies that support it (phối hợp). */
  public abstract com.google.common.collect.ImmutableList<Agency> support();

  /** The action, as printed after the lead. */
  public abstract String text();

  /** When it falls due. */
  @Value.Default
  public Deadline deadline() {
    return Deadline.none();
  }

  /** Where the assignment stands in the source. */
  public abstract Span span();

  /** A builder of a task. */
  public static ImmutableTask.Builder builder() {
    return ImmutableTask.builder();
  }

  @Override
  public String toString() {
    return lead() + ": " + (text().length() > 80 ? text().substring(0, 77) + "..." : text())
        + (deadline().kind() == Deadline.Kind.NONE ? "" : " [" + deadline() + "]");
  }
}
