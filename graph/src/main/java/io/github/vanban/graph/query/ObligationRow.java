package io.github.vanban.graph.query;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.vanban.core.ReportingObligation;
import io.github.vanban.core.deadline.Deadline;
import io.github.vanban.graph.agency.AgencyNode;
import io.github.vanban.graph.agency.ReportingEdge;
import io.github.vanban.graph.citation.DocumentNode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;

/**
 * One line of the "who reports to whom by when" table: an obligation, with the day it next
 * falls due as of the query's date (or one of its due days within the query's window).
 *
 * @param reporter the body that reports
 * @param recipient the body that receives the report
 * @param via the body the report passes through
 * @param deadline the deadline as the document states it
 * @param nextDue the next due day; empty for a deadline with no day or one that has passed
 * @param document the document that states the obligation
 * @param obligation the obligation, with its text and span
 */
public record ObligationRow(AgencyNode reporter, AgencyNode recipient, Optional<AgencyNode> via,
    Deadline deadline, Optional<LocalDate> nextDue, DocumentNode document, ReportingObligation obligation)
    implements Comparable<ObligationRow> {

  /** Due days first (soonest first), then reporter, recipient, document, place in the document. */
  public static final Comparator<ObligationRow> ORDER = Comparator
      .comparing((ObligationRow r) -> r.nextDue().orElse(LocalDate.MAX))
      .thenComparing(ObligationRow::reporter)
      .thenComparing(ObligationRow::recipient)
      .thenComparing(ObligationRow::document)
      .thenComparing(r -> r.obligation().span());

  public ObligationRow {
    checkNotNull(reporter, "reporter");
    checkNotNull(recipient, "recipient");
    checkNotNull(via, "via");
    checkNotNull(deadline, "deadline");
    checkNotNull(nextDue, "nextDue");
    checkNotNull(document, "document");
    checkNotNull(obligation, "obligation");
  }

  /** The row of an edge with a given due day. */
  public static ObligationRow of(ReportingEdge e, Optional<LocalDate> nextDue) {
    return new ObligationRow(e.from(), e.to(), e.via(), e.deadline(), nextDue, e.document(), e.obligation());
  }

  @Override
  public int compareTo(ObligationRow o) {
    return ORDER.compare(this, o);
  }

  @Override
  public String toString() {
    return reporter + " → " + recipient + via.map(v -> " (qua " + v + ")").orElse("") + ", "
        + Deadlines.describe(deadline) + nextDue.map(d -> ", next " + d).orElse("") + " [" + document.numberText() + "]";
  }
}
