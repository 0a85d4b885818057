package io.github.vanban.graph.agency;

import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import io.github.vanban.core.deadline.Deadline;
import io.github.vanban.graph.citation.DocumentNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the {@link ReportingRun}s of every agency as reporter, recipient and intermediary:
 * the reporting edges in row order (reporter, recipient, document, span), made from the lookup
 * by reporter that is in document order already, then one pass that deals them out to the
 * agencies.
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

  /**
   * The runs of {@code reporting}, whose agencies are all among {@code nodes} (sorted, distinct),
   * given the edges of each reporter in document order ({@code owedBy}: by document in
   * {@link DocumentNode}'s order, then span, edges these do not tell apart in the order of
   * {@code reporting}, as a stable sort leaves them). The row order — reporter, recipient,
   * document, span, then the order of {@code reporting} — is each reporter's list, in the order
   * of {@code nodes}, stably sorted by recipient: no edge is compared with another beyond its
   * recipient.
   */
  static ReportingRuns of(ImmutableList<AgencyNode> nodes, ImmutableList<ReportingEdge> reporting,
      ImmutableListMultimap<AgencyNode, ReportingEdge> owedBy) {
    int n = reporting.size();
    Map<AgencyNode, Integer> ordinal = new HashMap<>(nodes.size() * 4 / 3 + 1);
    for (int i = 0; i < nodes.size(); i++) {
      ordinal.put(nodes.get(i), i);
    }
    ReportingEdge[] edges = new ReportingEdge[n];
    int[] byReporter = new int[n];
    int[] byRecipient = new int[n];
    int[] byVia = new int[n];
    int filled = 0;
    for (int a = 0; a < nodes.size(); a++) {
      ImmutableList<ReportingEdge> owed = owedBy.get(nodes.get(a));
      if (owed.isEmpty()) {
        continue;
      }
      // stable by recipient: the recipient's ordinal above, the place in the list below
      long[] key = new long[owed.size()];
      for (int k = 0; k < key.length; k++) {
        key[k] = (long) ordinal.get(owed.get(k).to()) << 32 | k;
      }
      Arrays.sort(key);
      for (long each : key) {
        ReportingEdge e = owed.get((int) each);
        edges[filled] = e;
        byReporter[filled] = a;
        byRecipient[filled] = (int) (each >>> 32);
        byVia[filled] = e.via().isPresent() ? ordinal.get(e.via().get()) : -1;
        filled++;
      }
    }
    checkState(filled == n, "%s edges by reporter for %s reporting edges", filled, n);
    // edges the order does not tell apart (same reporter, recipient, document and span) share a rank
    int[] rank = new int[n];
    for (int i = 1; i < n; i++) {
      ReportingEdge a = edges[i - 1];
      ReportingEdge b = edges[i];
      boolean same = byReporter[i - 1] == byReporter[i] && byRecipient[i - 1] == byRecipient[i]
          && a.document().equals(b.document()) && a.obligation().span().start() == b.obligation().span().start()
          && a.obligation().span().end() == b.obligation().span().end();
      rank[i] = same ? rank[i - 1] : rank[i - 1] + 1;
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
