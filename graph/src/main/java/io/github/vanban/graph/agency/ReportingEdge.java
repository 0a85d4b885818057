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

  /**
   * The hash of the two bodies, the document and where the obligation stands: consistent
   * with the record's equality, without hashing the whole obligation each time the graph
   * stores or finds the edge.
   */
  @Override
  public int hashCode() {
    return ((from.hashCode() * 31 + to.hashCode()) * 31 + document.hashCode()) * 31 + obligation.span().start();
  }

  @Override
  public boolean equals(Object o) {
    return o == this || o instanceof ReportingEdge e && from.equals(e.from) && to.equals(e.to) && via.equals(e.via)
        && obligation.equals(e.obligation) && document.equals(e.document);
  }

  @Override
  public String toString() {
    return from + " → " + to + via.map(v -> " (qua " + v + ")").orElse("") + ", " + deadline()
        + " [" + document.numberText() + "]";
  }
}
