package io.github.vanban.graph.agency;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import io.github.vanban.core.Agency;
import io.github.vanban.core.AgencyKind;
import io.github.vanban.core.Citation;
import io.github.vanban.core.Document;
import io.github.vanban.core.Level;
import io.github.vanban.core.ReportingObligation;
import io.github.vanban.core.Task;
import io.github.vanban.core.text.Fold;
import io.github.vanban.graph.citation.CitationGraph;
import io.github.vanban.graph.citation.DocumentNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jgrapht.Graph;
import org.jgrapht.graph.AsUnmodifiableGraph;

/**
 * The agency graph of a corpus: one vertex per body (its {@link Agency#key()}), edges
 * pointing upward — {@link HierarchyEdge} from a body to the one it stands under,
 * {@link ReportingEdge} from a reporter to the recipient of each obligation.
 * {@link #graph()} is a plain, unmodifiable JGraphT view. Immutable and safe to read from
 * many threads once built.
 */
public final class AgencyGraph {
  private final Graph<AgencyNode, AgencyEdge> graph;
  private final ImmutableList<AgencyNode> nodes;
  private final ImmutableMap<String, AgencyNode> byKey;
  private final ImmutableList<ReportingEdge> reporting;
  /** The reporting edges by reporter, recipient and intermediary, each list in document order. */
  private final ImmutableListMultimap<AgencyNode, ReportingEdge> byReporter;
  private final ImmutableListMultimap<AgencyNode, ReportingEdge> byRecipient;
  private final ImmutableListMultimap<AgencyNode, ReportingEdge> byVia;
  /** The reporting edges by the document that states them, in the order of {@link #reporting}. */
  private final ImmutableListMultimap<DocumentNode, ReportingEdge> byDocument;
  /** The reporting edges of each agency per role, arranged for the obligations query. */
  private final ReportingRuns runs;

  private AgencyGraph(Graph<AgencyNode, AgencyEdge> graph, ImmutableList<ReportingEdge> reporting) {
    this.graph = new AsUnmodifiableGraph<>(graph);
    this.nodes = ImmutableList.sortedCopyOf(graph.vertexSet());
    this.byKey = nodes.stream().collect(ImmutableMap.toImmutableMap(AgencyNode::key, n -> n));
    this.reporting = reporting;
    ImmutableListMultimap.Builder<AgencyNode, ReportingEdge> from =
        ImmutableListMultimap.<AgencyNode, ReportingEdge>builder().orderValuesBy(IN_DOCUMENT_ORDER);
    ImmutableListMultimap.Builder<AgencyNode, ReportingEdge> to =
        ImmutableListMultimap.<AgencyNode, ReportingEdge>builder().orderValuesBy(IN_DOCUMENT_ORDER);
    ImmutableListMultimap.Builder<AgencyNode, ReportingEdge> via =
        ImmutableListMultimap.<AgencyNode, ReportingEdge>builder().orderValuesBy(IN_DOCUMENT_ORDER);
    ImmutableListMultimap.Builder<DocumentNode, ReportingEdge> in = ImmutableListMultimap.builder();
    for (ReportingEdge e : reporting) {
      from.put(e.from(), e);
      to.put(e.to(), e);
      e.via().ifPresent(v -> via.put(v, e));
      in.put(e.document(), e);
    }
    this.byReporter = from.build();
    this.byRecipient = to.build();
    this.byVia = via.build();
    this.byDocument = in.build();
    this.runs = ReportingRuns.of(nodes, reporting);
  }

  /** What the corpus says about one body while the graph is built. */
  private static final class Accumulator {
    final String name;
    AgencyKind kind = AgencyKind.OTHER;
    Level level = Level.UNKNOWN;
    Optional<String> locality = Optional.empty();
    int mentions;

    Accumulator(String name) {
      this.name = name;
    }

    void learn(Agency a) {
      mentions++;
      if (kind == AgencyKind.OTHER) {
        kind = a.kind();
      }
      if (level == Level.UNKNOWN) {
        level = a.level();
      }
      if (locality.isEmpty()) {
        locality = a.locality();
      }
    }
  }

  /**
   * The graph of the agencies that {@code documents} name (issuers, task leads and supports,
   * reporters, recipients, intermediaries, issuers of cited documents, declared parents).
   * A document that {@code citations} placed as a second copy of another is skipped.
   */
  public static AgencyGraph of(List<Document> documents, CitationGraph citations, Structure structure) {
    checkNotNull(documents, "documents");
    checkNotNull(citations, "citations");
    checkNotNull(structure, "structure");
    Map<String, Accumulator> acc = new LinkedHashMap<>();
    List<Document> kept = new ArrayList<>();
    for (Document d : documents) {
      Optional<DocumentNode> node = citations.nodeOf(d);
      if (node.isEmpty() || node.get().document().orElse(null) != d) {
        continue;
      }
      kept.add(d);
      d.issuer().ifPresent(a -> learn(acc, a));
      for (Task t : d.tasks()) {
        learn(acc, t.lead());
        t.support().forEach(a -> learn(acc, a));
      }
      for (ReportingObligation r : d.reporting()) {
        learn(acc, r.reporter());
        learn(acc, r.recipient());
        r.via().ifPresent(a -> learn(acc, a));
      }
      for (Citation c : d.citations()) {
        c.issuer().ifPresent(a -> learn(acc, a));
      }
    }
    Map<String, AgencyNode> nodes = new LinkedHashMap<>();
    acc.forEach((k, a) -> nodes.put(k, new AgencyNode(k, a.name, a.kind, a.level, a.locality, a.mentions)));
    Graph<AgencyNode, AgencyEdge> g = io.github.vanban.graph.jgrapht.LeanGraph.pseudograph();
    nodes.values().forEach(g::addVertex);

    ImmutableList.Builder<ReportingEdge> reporting = ImmutableList.builder();
    for (Document d : kept) {
      DocumentNode dn = citations.nodeOf(d).orElseThrow();
      for (ReportingObligation r : d.reporting()) {
        ReportingEdge e = new ReportingEdge(nodes.get(r.reporter().key()), nodes.get(r.recipient().key()),
            r.via().map(v -> nodes.get(v.key())), r, dn);
        if (g.addEdge(e.from(), e.to(), e)) {
          reporting.add(e);
        }
      }
    }
    // Declared parents first; the structure rules only for bodies without one.
    for (Document d : kept) {
      forEachAgency(d, a -> declare(g, nodes, a));
    }
    // Candidates by kind, level and place, so that inference stays linear in the agencies.
    com.google.common.collect.ListMultimap<String, AgencyNode> byPlace = com.google.common.collect.ArrayListMultimap.create();
    for (AgencyNode n : nodes.values()) {
      byPlace.put(placeIndex(n.kind(), n.level(), n.locality()), n);
    }
    for (AgencyNode child : nodes.values()) {
      boolean hasParent = g.outgoingEdgesOf(child).stream().anyMatch(e -> e instanceof HierarchyEdge);
      if (!hasParent) {
        infer(g, byPlace, child, structure);
      }
    }
    return new AgencyGraph(g, reporting.build());
  }

  private static void learn(Map<String, Accumulator> acc, Agency a) {
    acc.computeIfAbsent(a.key(), k -> new Accumulator(a.name())).learn(a);
    a.parent().ifPresent(p -> learn(acc, p));
  }

  private static void forEachAgency(Document d, java.util.function.Consumer<Agency> f) {
    d.issuer().ifPresent(f);
    for (Task t : d.tasks()) {
      f.accept(t.lead());
      t.support().forEach(f);
    }
    for (ReportingObligation r : d.reporting()) {
      f.accept(r.reporter());
      f.accept(r.recipient());
      r.via().ifPresent(f);
    }
    for (Citation c : d.citations()) {
      c.issuer().ifPresent(f);
    }
  }

  private static void declare(Graph<AgencyNode, AgencyEdge> g, Map<String, AgencyNode> nodes, Agency a) {
    Agency child = a;
    int guard = 0;
    while (child.parent().isPresent() && guard++ < 16) {
      Agency parent = child.parent().get();
      AgencyNode from = nodes.get(child.key());
      AgencyNode to = nodes.get(parent.key());
      if (!from.equals(to)) {
        HierarchyEdge e = new HierarchyEdge(from, to, true);
        if (!g.containsEdge(e)) {
          g.addEdge(from, to, e);
        }
      }
      child = parent;
    }
  }

  private static String placeIndex(AgencyKind kind, Level level, Optional<String> locality) {
    return kind + "|" + level + "|" + locality.map(AgencyGraph::placeKey).orElse("");
  }

  private static void infer(Graph<AgencyNode, AgencyEdge> g, com.google.common.collect.ListMultimap<String, AgencyNode> byPlace,
      AgencyNode child, Structure structure) {
    for (Structure.Rule rule : structure.rules()) {
      if (!rule.appliesTo(child)) {
        continue;
      }
      AgencyNode best = null;
      Optional<String> place = rule.sameLocality() ? child.locality() : Optional.empty();
      if (rule.sameLocality() && place.isEmpty()) {
        continue;
      }
      for (AgencyNode candidate : byPlace.get(placeIndex(rule.parentKind(), rule.parentLevel(), place))) {
        if (rule.admits(child, candidate) && (best == null || better(g, candidate, best))) {
          best = candidate;
        }
      }
      if (best != null) {
        g.addEdge(child, best, new HierarchyEdge(child, best, false));
        return;
      }
    }
  }

  private static boolean better(Graph<AgencyNode, AgencyEdge> g, AgencyNode a, AgencyNode b) {
    long ra = g.incomingEdgesOf(a).stream().filter(e -> e instanceof ReportingEdge).count();
    long rb = g.incomingEdgesOf(b).stream().filter(e -> e instanceof ReportingEdge).count();
    if (ra != rb) {
      return ra > rb;
    }
    if (a.mentions() != b.mentions()) {
      return a.mentions() > b.mentions();
    }
    if (a.name().length() != b.name().length()) {
      return a.name().length() < b.name().length();
    }
    return a.compareTo(b) < 0;
  }

  /** Whether two localities name one place ({@code Cần Thơ}, {@code thành phố Cần Thơ}). */
  public static boolean sameLocality(String a, String b) {
    return placeKey(a).equals(placeKey(b));
  }

  private static String placeKey(String locality) {
    String f = Fold.fold(locality);
    for (String prefix : new String[] {"thanh pho ", "tinh ", "tp "}) {
      if (f.startsWith(prefix)) {
        return f.substring(prefix.length());
      }
    }
    return f;
  }

  /** The unmodifiable JGraphT view: edges point upward (child → parent, reporter → recipient). */
  public Graph<AgencyNode, AgencyEdge> graph() {
    return graph;
  }

  /** Every body, by name. */
  public ImmutableList<AgencyNode> nodes() {
    return nodes;
  }

  /** Every reporting edge, in the order of the documents and of their obligations. */
  public ImmutableList<ReportingEdge> reporting() {
    return reporting;
  }

  /** The body with this canonical name, in any spelling ({@code Ủy ban}, {@code Uỷ ban}, no marks). */
  public Optional<AgencyNode> find(String name) {
    checkNotNull(name, "name");
    return Optional.ofNullable(byKey.get(Fold.fold(name)));
  }

  /**
   * The bodies a name designates: the body of exactly that name if there is one, else every
   * body whose folded name contains the folded words of {@code query} in a row
   * ({@code "so ngoai vu"} → every Sở Ngoại vụ of the corpus).
   */
  public ImmutableList<AgencyNode> match(String query) {
    Optional<AgencyNode> exact = find(query);
    if (exact.isPresent()) {
      return ImmutableList.of(exact.get());
    }
    String q = " " + Fold.fold(query) + " ";
    if (q.isBlank()) {
      return ImmutableList.of();
    }
    return nodes.stream().filter(n -> (" " + n.key() + " ").contains(q)).collect(ImmutableList.toImmutableList());
  }

  /** The bodies a body stands under. */
  public ImmutableList<HierarchyEdge> parents(AgencyNode node) {
    return graph.outgoingEdgesOf(node).stream().filter(e -> e instanceof HierarchyEdge)
        .map(e -> (HierarchyEdge) e).sorted(Comparator.comparing(HierarchyEdge::to))
        .collect(ImmutableList.toImmutableList());
  }

  /** The bodies that stand under a body. */
  public ImmutableList<HierarchyEdge> children(AgencyNode node) {
    return graph.incomingEdgesOf(node).stream().filter(e -> e instanceof HierarchyEdge)
        .map(e -> (HierarchyEdge) e).sorted(Comparator.comparing(HierarchyEdge::from))
        .collect(ImmutableList.toImmutableList());
  }

  /** The obligations a body owes, by document, then by place in it (an index lookup). */
  public ImmutableList<ReportingEdge> reportsFrom(AgencyNode node) {
    return byReporter.get(checkNotNull(node, "node"));
  }

  /** The obligations owed to a body, by document, then by place in it (an index lookup). */
  public ImmutableList<ReportingEdge> reportsTo(AgencyNode node) {
    return byRecipient.get(checkNotNull(node, "node"));
  }

  /** The obligations whose reports pass through a body, by document, then by place in it. */
  public ImmutableList<ReportingEdge> reportsVia(AgencyNode node) {
    return byVia.get(checkNotNull(node, "node"));
  }

  /** The obligations a document states, in the order of {@link #reporting()}. */
  public ImmutableList<ReportingEdge> reportsIn(DocumentNode document) {
    return byDocument.get(checkNotNull(document, "document"));
  }

  /** The obligations a body owes, arranged for queries: in the order of rows apart from the due day. */
  public ReportingRun runFrom(AgencyNode node) {
    return ReportingRuns.get(runs.from, checkNotNull(node, "node"));
  }

  /** The obligations owed to a body, arranged for queries: in the order of rows apart from the due day. */
  public ReportingRun runTo(AgencyNode node) {
    return ReportingRuns.get(runs.to, checkNotNull(node, "node"));
  }

  /** The obligations whose reports pass through a body, arranged for queries. */
  public ReportingRun runVia(AgencyNode node) {
    return ReportingRuns.get(runs.via, checkNotNull(node, "node"));
  }

  private static final Comparator<ReportingEdge> IN_DOCUMENT_ORDER = Comparator
      .comparing(ReportingEdge::document).thenComparing(e -> e.obligation().span());

  @Override
  public String toString() {
    return "AgencyGraph[" + graph.vertexSet().size() + " agencies, " + reporting.size() + " reporting, "
        + (graph.edgeSet().size() - reporting.size()) + " hierarchy edges]";
  }
}
