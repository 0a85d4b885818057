package io.github.vanban.parser.task;

import com.google.common.collect.ImmutableList;
import io.github.vanban.core.ReportingObligation;
import io.github.vanban.core.Task;
import io.github.vanban.parser.segment.DocumentContext;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Reads the tasks and the reporting obligations of a document from one {@link BodyReading}
 * of its body, so that the body is laid out and its agency mentions are found once, not once
 * per finder. Gives exactly what {@link TaskFinder#find(DocumentContext)} and
 * {@link ReportingFinder#find(DocumentContext)} give. Holds no mutable state: thread-safe.
 */
public final class ObligationReader {
  private final TaskFinder tasks;
  private final ReportingFinder reporting;

  /** A reader with the standard task and reporting finders. */
  public ObligationReader() {
    this(new TaskFinder(), new ReportingFinder());
  }

  /** A reader that finds tasks with {@code tasks} and reports with {@code reporting}. */
  public ObligationReader(TaskFinder tasks, ReportingFinder reporting) {
    this.tasks = tasks;
    this.reporting = reporting;
  }

  /**
   * The tasks and reporting obligations of one document.
   *
   * @param tasks the tasks, in order
   * @param reporting the reporting obligations, in order
   */
  public record Obligations(ImmutableList<Task> tasks,
      ImmutableList<ReportingObligation> reporting) {}

  /** The tasks and reporting obligations of the document of {@code context}. */
  public Obligations read(DocumentContext context) {
    if (context.bodyEnd() <= context.bodyStart()) {
      return new Obligations(ImmutableList.of(), ImmutableList.of());
    }
    BodyReading r = new BodyReading(context.text(), context.bodyStart(), context.bodyEnd(),
        AgencyMentions.of(context), context.header().issuer(), context.header().recipients());
    Optional<LocalDate> date = context.header().date();
    return new Obligations(tasks.find(r, date), reporting.find(r, date));
  }
}
