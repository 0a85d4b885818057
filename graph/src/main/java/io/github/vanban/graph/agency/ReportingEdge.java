package io.github.vanban.graph.agency;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.vanban.core.ReportingObligation;
import io.github.vanban.core.deadline.Deadline;
import io.github.vanban.graph.citation.DocumentNode;
import java.util.Optional;

/**
 * A duty to report: {@code from} reports to {@code to}, possibly through {@code via}, as the
 * obligation of {@code document} states (its span is {@code obligation.span()}).
 *
 * @param from the reporter
 * @param to the recipient
 * @param via the body the report passes through, if any
 * @param obligation the obligation as the parser read it, with deadline, text and span
 * @param document the document that states it
 */
public record ReportingEdge(AgencyNode from, AgencyNode to, Optional<AgencyNode> via,
    ReportingObligation obligation, DocumentNode document) implements AgencyEdge {
  public ReportingEdge {
    checkNotNull(from, "from");
    checkNotNull(to, "to");
    checkNotNull(via, "via");
    checkNotNull(obligation, "obligation");
    checkNotNull(document, "document");
  }

  /** When the report falls due. */
  public Deadline deadline() {
    return obligation.deadline();
  }

  @Override
  public String toString() {
    return from + " → " + to + via.map(v -> " (qua " + v + ")").orElse("") + ", " + deadline()
        + " [" + document.numberText() + "]";
  }
}
