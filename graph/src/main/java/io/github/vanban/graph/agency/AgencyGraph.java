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
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.ForkJoinTask;
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

  /** {@code nodes}: the vertices of {@code graph}, sorted. */
  private AgencyGraph(Graph<AgencyNode, AgencyEdge> graph, ImmutableList<AgencyNode> nodes,
      ImmutableList<ReportingEdge> reporting, ReportingIndex index, ReportingRuns runs) {
    this.graph = new AsUnmodifiableGraph<>(graph);
    this.nodes = nodes;
    this.byKey = nodes.stream().collect(ImmutableMap.toImmutableMap(AgencyNode::key, n -> n));
    this.reporting = reporting;
    this.byReporter = index.byReporter;
    this.byRecipient = index.byRecipient;
    this.byVia = index.byVia;
    this.byDocument = index.byDocument;
    this.runs = runs;
  }

  /** The lookups by agency and the runs made of them: built beside the graph. */
  private record ByAgency(ReportingIndex index, ReportingRuns runs) {}

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

    /** What the mentions that follow taught another accumulator of the same body. */
    void append(Accumulator next) {
      mentions += next.mentions;
      if (kind == AgencyKind.OTHER) {
        kind = next.kind;
      }
      if (level == Level.UNKNOWN) {
        level = next.level;
      }
      if (locality.isEmpty()) {
        locality = next.locality;
      }
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
    // What the documents say of the bodies: the two halves read on two cores, then joined as
    // one pass in order would have left it.
    int half = documents.size() / 2;
    ForkJoinTask<Pass> later = ForkJoinTask.adapt(() -> new Pass(documents.subList(half, documents.size()), citations))
        .fork();
    Pass pass = new Pass(documents.subList(0, half), citations);
    pass.append(later.join());
    Map<String, Accumulator> acc = pass.acc;
    Declarations declared = pass.declared;
    List<Document> kept = pass.kept;
    List<DocumentNode> keptNodes = pass.keptNodes;
    Map<String, AgencyNode> nodes = new LinkedHashMap<>();
    acc.forEach((k, a) -> nodes.put(k, new AgencyNode(k, a.name, a.kind, a.level, a.locality, a.mentions)));
    Graph<AgencyNode, AgencyEdge> g = io.github.vanban.graph.jgrapht.LeanGraph.pseudograph();
    nodes.values().forEach(g::addVertex);

    // The edges, each once: two equal edges state the same obligation of the same document.
    ImmutableList.Builder<ReportingEdge> reporting = ImmutableList.builder();
    List<ReportingEdge> ofDocument = new ArrayList<>();
    for (int i = 0; i < kept.size(); i++) {
      Document d = kept.get(i);
      DocumentNode dn = keptNodes.get(i);
      ofDocument.clear();
      Set<ReportingEdge> seen = d.reporting().size() > 16 ? new HashSet<>() : null;
      for (ReportingObligation r : d.reporting()) {
        ReportingEdge e = new ReportingEdge(nodes.get(r.reporter().key()), nodes.get(r.recipient().key()),
            r.via().map(v -> nodes.get(v.key())), r, dn);
        if (seen != null ? seen.add(e) : !ofDocument.contains(e)) {
          ofDocument.add(e);
          reporting.add(e);
        }
      }
    }
    ImmutableList<ReportingEdge> edges = reporting.build();
    // The lookups and the runs read the edges and the bodies only: built on another core while
    // this one builds the graph.
    ImmutableList<AgencyNode> sorted = ImmutableList.sortedCopyOf(nodes.values());
    ForkJoinTask<ByAgency> byAgency = ForkJoinTask.adapt(() -> {
      ReportingIndex index = ReportingIndex.byAgency(edges, citations.nodes(), IN_DOCUMENT_ORDER);
      return new ByAgency(index, ReportingRuns.of(sorted, edges, index.byReporter));
    }).fork();
    for (ReportingEdge e : edges) {
      g.addEdge(e.from(), e.to(), e);
    }
    ImmutableListMultimap<DocumentNode, ReportingEdge> byDocument = ReportingIndex.byDocument(edges);
    // Declared parents first; the structure rules only for bodies without one.
    declared.addTo(g, nodes);
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
    ByAgency lookups = byAgency.join();
    return new AgencyGraph(g, sorted, edges, new ReportingIndex(lookups.index(), byDocument), lookups.runs());
  }

  /**
   * One pass over a run of documents: the bodies they name, the parents they declare and the
   * documents kept (a document that {@code citations} placed as a second copy is skipped).
   */
  private static final class Pass {
    final Map<String, Accumulator> acc = new LinkedHashMap<>();
    final Declarations declared = new Declarations();
    final List<Document> kept = new ArrayList<>();
    final List<DocumentNode> keptNodes = new ArrayList<>();

    Pass(List<Document> documents, CitationGraph citations) {
      for (Document d : documents) {
        Optional<DocumentNode> node = citations.nodeOf(d);
        if (node.isEmpty() || node.get().document().orElse(null) != d) {
          continue;
        }
        kept.add(d);
        keptNodes.add(node.get());
        d.issuer().ifPresent(a -> learn(acc, declared, a));
        for (Task t : d.tasks()) {
          learn(acc, declared, t.lead());
          t.support().forEach(a -> learn(acc, declared, a));
        }
        for (ReportingObligation r : d.reporting()) {
          learn(acc, declared, r.reporter());
          learn(acc, declared, r.recipient());
          r.via().ifPresent(a -> learn(acc, declared, a));
        }
        for (Citation c : d.citations()) {
          c.issuer().ifPresent(a -> learn(acc, declared, a));
        }
      }
    }

    /** Adds what a pass over the documents that follow learnt, as if this pass had read them. */
    void append(Pass next) {
      next.acc.forEach((key, a) -> {
        Accumulator mine = acc.get(key);
        if (mine == null) {
          acc.put(key, a);
        } else {
          mine.append(a);
        }
      });
      declared.pairs.addAll(next.declared.pairs);
      kept.addAll(next.kept);
      keptNodes.addAll(next.keptNodes);
    }
  }

  private static void learn(Map<String, Accumulator> acc, Declarations declared, Agency a) {
    declared.note(a);
    learn(acc, a);
  }

  private static void learn(Map<String, Accumulator> acc, Agency a) {
    acc.computeIfAbsent(a.key(), k -> new Accumulator(a.name())).learn(a);
    a.parent().ifPresent(p -> learn(acc, p));
  }

  /** The child–parent pairs of keys that the agencies met declare, each once, in the order met. */
  private static final class Declarations {
    private record Pair(String child, String parent) {}

    private final Set<Pair> pairs = new LinkedHashSet<>();
    /** Agencies whose chain is noted already (equal agencies are mostly one shared instance). */
    private final Set<Agency> seen = Collections.newSetFromMap(new IdentityHashMap<>());

    /** Notes the chain of parents of an agency, up to 16 levels. */
    void note(Agency a) {
      if (a.parent().isEmpty() || !seen.add(a)) {
        return;
      }
      Agency child = a;
      int guard = 0;
      while (child.parent().isPresent() && guard++ < 16) {
        Agency parent = child.parent().get();
        if (!child.key().equals(parent.key())) {
          pairs.add(new Pair(child.key(), parent.key()));
        }
        child = parent;
      }
    }

    /** Adds a declared hierarchy edge for each pair. */
    void addTo(Graph<AgencyNode, AgencyEdge> g, Map<String, AgencyNode> nodes) {
      for (Pair p : pairs) {
        AgencyNode from = nodes.get(p.child());
        AgencyNode to = nodes.get(p.parent());
        HierarchyEdge e = new HierarchyEdge(from, to, true);
        if (!g.containsEdge(e)) {
          g.addEdge(from, to, e);
        }
      }
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
