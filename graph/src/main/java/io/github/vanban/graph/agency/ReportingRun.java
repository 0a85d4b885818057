package io.github.vanban.graph.agency;

import static com.google.common.base.Preconditions.checkElementIndex;

import io.github.vanban.core.deadline.Deadline;

/**
 * The reporting edges of one agency in one role (reporter, recipient or intermediary),
 * arranged once at build time for the obligations query: in the order of its rows apart from
 * the due day — reporter, recipient, document, place in the document, then the order of the
 * index lookup ({@link AgencyGraph#reportsFrom} …) — with, for each edge, its rank in that order
 * over the whole graph (edges that order does not tell apart share a rank) and its due class:
 * the edges of one class fall due on the same days ({@code trước ngày 15/11 hằng năm} however
 * written), so a query works out the days once per class. Immutable.
 */
public final class ReportingRun {
  static final ReportingRun EMPTY = new ReportingRun(new ReportingEdge[0], new int[0], new int[0], new Deadline[0]);

  private final ReportingEdge[] edges;
  private final int[] rank;
  private final int[] dueClass;
  private final Deadline[] classes;

  ReportingRun(ReportingEdge[] edges, int[] rank, int[] dueClass, Deadline[] classes) {
    this.edges = edges;
    this.rank = rank;
    this.dueClass = dueClass;
    this.classes = classes;
  }

  /** The number of edges. */
  public int size() {
    return edges.length;
  }

  /** The {@code i}-th edge in row order. */
  public ReportingEdge edge(int i) {
    return edges[i];
  }

  /**
   * The rank of the {@code i}-th edge in the graph-wide order of rows by reporter, recipient,
   * document and place (equal for edges that order does not tell apart).
   */
  public int rank(int i) {
    return rank[i];
  }

  /** The due class of the {@code i}-th edge, an index below {@link #classCount()}. */
  public int dueClass(int i) {
    return dueClass[i];
  }

  /** The number of distinct due classes of the run. */
  public int classCount() {
    return classes.length;
  }

  /**
   * A deadline of class {@code c}: every deadline of the class gives the same next due day
   * and the same due days in a window.
   */
  public Deadline classDeadline(int c) {
    checkElementIndex(c, classes.length, "class");
    return classes[c];
  }

  @Override
  public String toString() {
    return "ReportingRun[" + edges.length + " edges, " + classes.length + " due classes]";
  }
}
