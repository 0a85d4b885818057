package io.github.vanban.graph.query;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.vanban.graph.agency.AgencyEdge;
import io.github.vanban.graph.agency.AgencyGraph;
import io.github.vanban.graph.agency.AgencyNode;
import io.github.vanban.graph.agency.HierarchyEdge;
import io.github.vanban.graph.agency.ReportingEdge;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Where a body's reports flow, transitively: the bodies it reports to and those it stands
 * under, then theirs, breadth first (a department's report reaches the provincial People's
 * Committee, which reports to the provincial Party committee, which answers to the
 * Secretariat). Each body is reached once, by its first hop. Immutable.
 */
public final class UpwardChain {

  /**
   * One hop upward.
   *
   * @param depth 1 for the hops from the starting body
   * @param edge the reporting or hierarchy edge followed
   */
  public record Hop(int depth, AgencyEdge edge) {}

  private static final Comparator<AgencyEdge> EDGE_ORDER = Comparator
      .comparing((AgencyEdge e) -> e instanceof ReportingEdge ? 0 : 1)
      .thenComparing(AgencyEdge::to)
      .thenComparing(e -> e instanceof ReportingEdge r ? r.document().id() : "");

  private final AgencyNode start;
  private final ImmutableList<Hop> hops;

  private UpwardChain(AgencyNode start, ImmutableList<Hop> hops) {
    this.start = start;
    this.hops = hops;
  }

  /** The chain from {@code start} in {@code graph}. */
  public static UpwardChain of(AgencyGraph graph, AgencyNode start) {
    checkNotNull(graph, "graph");
    checkNotNull(start, "start");
    ImmutableList.Builder<Hop> hops = ImmutableList.builder();
    Set<AgencyNode> seen = new HashSet<>(List.of(start));
    Deque<AgencyNode> queue = new ArrayDeque<>(List.of(start));
    Deque<Integer> depths = new ArrayDeque<>(List.of(0));
    while (!queue.isEmpty()) {
      AgencyNode n = queue.poll();
      int depth = depths.poll();
      List<AgencyEdge> ups = new ArrayList<>(graph.graph().outgoingEdgesOf(n));
      ups.sort(EDGE_ORDER);
      for (AgencyEdge e : ups) {
        if (seen.add(e.to())) {
          hops.add(new Hop(depth + 1, e));
          queue.add(e.to());
          depths.add(depth + 1);
        }
      }
    }
    return new UpwardChain(start, hops.build());
  }

  /** The body the chain starts from. */
  public AgencyNode start() {
    return start;
  }

  /** The hops, breadth first. */
  public ImmutableList<Hop> hops() {
    return hops;
  }

  /** The bodies reached, nearest first. */
  public ImmutableList<AgencyNode> bodies() {
    return hops.stream().map(h -> h.edge().to()).collect(ImmutableList.toImmutableList());
  }

  /** The hops as a table. */
  public TextTable table() {
    List<List<String>> rows = new ArrayList<>();
    for (Hop h : hops) {
      AgencyEdge e = h.edge();
      String how = e instanceof ReportingEdge r ? "reports to" : ((HierarchyEdge) e).declared() ? "under" : "under (inferred)";
      String deadline = e instanceof ReportingEdge r ? Deadlines.describe(r.deadline()) : "";
      String doc = e instanceof ReportingEdge r ? r.document().numberText() : "";
      rows.add(List.of(Integer.toString(h.depth()), e.from().name(), how, e.to().name(), deadline, doc));
    }
    return TextTable.of(List.of("step", "from", "how", "to", "deadline", "document"), rows);
  }

  @Override
  public String toString() {
    return "Upward from " + start + "\n" + table();
  }
}
