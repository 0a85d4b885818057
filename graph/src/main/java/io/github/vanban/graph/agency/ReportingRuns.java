package io.github.vanban.graph.agency;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.vanban.core.Span;
import io.github.vanban.core.deadline.Deadline;
import io.github.vanban.graph.citation.DocumentNode;
import java.util.ArrayList;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the {@link ReportingRun}s of every agency as reporter, recipient and intermediary:
 * one sort of all reporting edges by reporter, recipient, document and span (on ordinals, so
 * that no name is compared twice), then one pass that deals them out to the agencies.
 */
final class ReportingRuns {
  /** The due class of every deadline without a day (periodic, on event, none). */
  private static final Object NO_DAY = new Object();

  final ImmutableMap<AgencyNode, ReportingRun> from;
  final ImmutableMap<AgencyNode, ReportingRun> to;
  final ImmutableMap<AgencyNode, ReportingRun> via;

  private ReportingRuns(ImmutableMap<AgencyNode, ReportingRun> from, ImmutableMap<AgencyNode, ReportingRun> to,
      ImmutableMap<AgencyNode, ReportingRun> via) {
    this.from = from;
    this.to = to;
    this.via = via;
  }

  /** The runs of {@code reporting}, whose agencies are all among {@code nodes} (sorted, distinct). */
  static ReportingRuns of(ImmutableList<AgencyNode> nodes, ImmutableList<ReportingEdge> reporting) {
    int n = reporting.size();
    Map<AgencyNode, Integer> ordinal = new HashMap<>();
    for (int i = 0; i < nodes.size(); i++) {
      ordinal.put(nodes.get(i), i);
    }
    int[] reporter = new int[n];
    int[] recipient = new int[n];
    int[] via = new int[n];
    int[] start = new int[n];
    int[] end = new int[n];
    for (int p = 0; p < n; p++) {
      ReportingEdge e = reporting.get(p);
      reporter[p] = ordinal.get(e.from());
      recipient[p] = ordinal.get(e.to());
      via[p] = e.via().isPresent() ? ordinal.get(e.via().get()) : -1;
      Span s = e.obligation().span();
      start[p] = s.start();
      end[p] = s.end();
    }
    int[] document = documentOrdinals(reporting);
    Integer[] order = new Integer[n];
    for (int p = 0; p < n; p++) {
      order[p] = p;
    }
    // stable: edges the order does not tell apart stay in the order of the graph, as in the index lookups
    Arrays.sort(order, (a, b) -> {
      int c = Integer.compare(reporter[a], reporter[b]);
      if (c == 0) {
        c = Integer.compare(recipient[a], recipient[b]);
      }
      if (c == 0) {
        c = Integer.compare(document[a], document[b]);
      }
      if (c == 0) {
        c = Integer.compare(start[a], start[b]);
      }
      return c != 0 ? c : Integer.compare(end[a], end[b]);
    });
    // from here on, everything by place in the order: edge, rank, due class and the agencies of each role
    ReportingEdge[] edges = new ReportingEdge[n];
    int[] rank = new int[n];
    int[] byReporter = new int[n];
    int[] byRecipient = new int[n];
    int[] byVia = new int[n];
    for (int i = 0; i < n; i++) {
      int b = order[i];
      edges[i] = reporting.get(b);
      byReporter[i] = reporter[b];
      byRecipient[i] = recipient[b];
      byVia[i] = via[b];
      if (i > 0) {
        int a = order[i - 1];
        boolean same = reporter[a] == reporter[b] && recipient[a] == recipient[b] && document[a] == document[b]
            && start[a] == start[b] && end[a] == end[b];
        rank[i] = same ? rank[i - 1] : rank[i - 1] + 1;
      }
    }
    Map<Object, Integer> classOf = new HashMap<>();
    List<Deadline> classes = new ArrayList<>();
    int[] dueClass = new int[n];
    for (int i = 0; i < n; i++) {
      Object key = dueKey(edges[i].deadline());
      Integer c = classOf.get(key);
      if (c == null) {
        c = classes.size();
        classOf.put(key, c);
        classes.add(edges[i].deadline());
      }
      dueClass[i] = c;
    }
    Dealer dealer = new Dealer(nodes, edges, rank, dueClass, classes);
    return new ReportingRuns(dealer.deal(byReporter), dealer.deal(byRecipient), dealer.deal(byVia));
  }

  /** What decides the due days of a deadline: the date, the rule, or nothing. */
  private static Object dueKey(Deadline d) {
    if (d instanceof Deadline.OnDate od) {
      return od.date();
    }
    if (d instanceof Deadline.Recurring r) {
      return r.rule();
    }
    return NO_DAY;
  }

  /**
   * The rank of each edge's document in {@link DocumentNode}'s order. The edges of a document
   * come together in the graph's order, so documents are sorted once each, not once per edge.
   */
  private static int[] documentOrdinals(ImmutableList<ReportingEdge> reporting) {
    int n = reporting.size();
    int[] group = new int[n];
    List<DocumentNode> firsts = new ArrayList<>();
    DocumentNode last = null;
    for (int p = 0; p < n; p++) {
      DocumentNode d = reporting.get(p).document();
      if (last == null || !last.equals(d)) {
        firsts.add(d);
        last = d;
      }
      group[p] = firsts.size() - 1;
    }
    Integer[] sorted = new Integer[firsts.size()];
    for (int g = 0; g < sorted.length; g++) {
      sorted[g] = g;
    }
    // DocumentNode's order (date, no date last, then id) on the dates read once
    long[] day = new long[sorted.length];
    String[] id = new String[sorted.length];
    for (int g = 0; g < sorted.length; g++) {
      day[g] = firsts.get(g).date().orElse(LocalDate.MAX).toEpochDay();
      id[g] = firsts.get(g).id();
    }
    Comparator<Integer> order = (a, b) -> {
      int c = Long.compare(day[a], day[b]);
      return c != 0 ? c : id[a].compareTo(id[b]);
    };
    Arrays.sort(sorted, order);
    int[] rankOfGroup = new int[sorted.length];
    for (int i = 1; i < sorted.length; i++) {
      boolean same = order.compare(sorted[i - 1], sorted[i]) == 0;
      rankOfGroup[sorted[i]] = same ? rankOfGroup[sorted[i - 1]] : rankOfGroup[sorted[i - 1]] + 1;
    }
    int[] out = new int[n];
    for (int p = 0; p < n; p++) {
      out[p] = rankOfGroup[group[p]];
    }
    return out;
  }

  /** Deals the edges, in row order, out to the agency each one names in a role. */
  private static final class Dealer {
    private final ImmutableList<AgencyNode> nodes;
    private final ReportingEdge[] edges;
    private final int[] rank;
    private final int[] dueClass;
    private final List<Deadline> classes;
    /** The run-local number of each graph-wide due class while one run is made; -1 when unseen. */
    private final int[] local;

    /** {@code edges} in row order but for the due day, with their ranks and due classes. */
    Dealer(ImmutableList<AgencyNode> nodes, ReportingEdge[] edges, int[] rank, int[] dueClass, List<Deadline> classes) {
      this.nodes = nodes;
      this.edges = edges;
      this.rank = rank;
      this.dueClass = dueClass;
      this.classes = classes;
      this.local = new int[classes.size()];
      Arrays.fill(local, -1);
    }

    /** The runs by the agency at {@code role[i]} (-1: none) of each edge {@code i}. */
    ImmutableMap<AgencyNode, ReportingRun> deal(int[] role) {
      int[] count = new int[nodes.size()];
      for (int p : role) {
        if (p >= 0) {
          count[p]++;
        }
      }
      int[][] members = new int[nodes.size()][];
      for (int a = 0; a < members.length; a++) {
        members[a] = count[a] == 0 ? null : new int[count[a]];
      }
      int[] filled = new int[nodes.size()];
      for (int i = 0; i < role.length; i++) {
        int a = role[i];
        if (a >= 0) {
          members[a][filled[a]++] = i;
        }
      }
      ImmutableMap.Builder<AgencyNode, ReportingRun> runs = ImmutableMap.builder();
      for (int a = 0; a < members.length; a++) {
        if (members[a] != null) {
          runs.put(nodes.get(a), run(members[a]));
        }
      }
      return runs.buildOrThrow();
    }

    private ReportingRun run(int[] positions) {
      ReportingEdge[] runEdges = new ReportingEdge[positions.length];
      int[] ranks = new int[positions.length];
      int[] dues = new int[positions.length];
      List<Deadline> runClasses = new ArrayList<>();
      List<Integer> seen = new ArrayList<>();
      for (int i = 0; i < positions.length; i++) {
        int p = positions[i];
        runEdges[i] = edges[p];
        ranks[i] = rank[p];
        int c = dueClass[p];
        if (local[c] < 0) {
          local[c] = runClasses.size();
          runClasses.add(classes.get(c));
          seen.add(c);
        }
        dues[i] = local[c];
      }
      for (int c : seen) {
        local[c] = -1;
      }
      return new ReportingRun(runEdges, ranks, dues, runClasses.toArray(new Deadline[0]));
    }
  }

  /** The run of {@code node} in {@code runs}, empty when it has none. */
  static ReportingRun get(ImmutableMap<AgencyNode, ReportingRun> runs, AgencyNode node) {
    return runs.getOrDefault(node, ReportingRun.EMPTY);
  }
}
