package io.github.vanban.graph.agency;

/**
 * An edge of the agency graph, pointing upward: from a body to the one above it
 * ({@link HierarchyEdge}) or to the one it reports to ({@link ReportingEdge}).
 */
public sealed interface AgencyEdge permits HierarchyEdge, ReportingEdge {

  /** The lower body: the child, or the reporter. */
  AgencyNode from();

  /** The upper body: the parent, or the recipient. */
  AgencyNode to();
}
