package io.github.vanban.graph.query;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.vanban.core.Agency;
import io.github.vanban.core.Relation;
import io.github.vanban.graph.citation.CitationEdge;
import io.github.vanban.graph.citation.CitationGraph;
import io.github.vanban.graph.citation.DocumentNode;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The tree of documents that carry a directive down: every document that implements or
 * copies it, directly or through another document of the tree, at every level. A document
 * that implements several documents of the tree (Đồng Nai's plan implements both the
 * provincial Party committee's letter and the directive) stands under the deepest of them,
 * so each branch reads as the chain of command it followed. Immutable.
 */
public final class Cascade {
  /** The relations along which a directive is carried down. */
  public static final ImmutableSet<Relation> RELATIONS = ImmutableSet.of(Relation.IMPLEMENTS, Relation.COPY_OF);

  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final Comparator<CascadeNode> CHILD_ORDER = Comparator.comparing(CascadeNode::document);

  private final CascadeNode root;

  private Cascade(CascadeNode root) {
    this.root = root;
  }

  /** The cascade of {@code root} in {@code graph}. */
  public static Cascade of(CitationGraph graph, DocumentNode root) {
    checkNotNull(graph, "graph");
    checkNotNull(root, "root");
    // Every document that reaches the root along the cascade relations.
    Set<DocumentNode> below = new LinkedHashSet<>();
    Deque<DocumentNode> queue = new ArrayDeque<>(List.of(root));
    while (!queue.isEmpty()) {
      DocumentNode n = queue.poll();
      for (CitationEdge e : graph.graph().incomingEdgesOf(n)) {
        if (RELATIONS.contains(e.relation()) && !e.citing().equals(root) && below.add(e.citing())) {
          queue.add(e.citing());
        }
      }
    }
    // Each stands under the cited document of the tree that is deepest (longest path to the root).
    Map<DocumentNode, Integer> depth = new HashMap<>();
    Map<DocumentNode, CitationEdge> parent = new HashMap<>();
    depth.put(root, 0);
    for (DocumentNode n : below) {
      depthOf(graph, n, root, below, depth, parent, new HashSet<>());
    }
    Map<DocumentNode, List<DocumentNode>> children = new HashMap<>();
    Map<DocumentNode, Relation> relation = new HashMap<>();
    for (DocumentNode n : below) {
      CitationEdge up = parent.get(n);
      DocumentNode p = up == null ? root : up.cited();
      relation.put(n, up == null ? directRelation(graph, n, below, root) : up.relation());
      children.computeIfAbsent(p, k -> new ArrayList<>()).add(n);
    }
    return new Cascade(build(root, Optional.empty(), 0, children, relation));
  }

  private static Relation directRelation(CitationGraph graph, DocumentNode n, Set<DocumentNode> below, DocumentNode root) {
    return graph.graph().outgoingEdgesOf(n).stream()
        .filter(e -> RELATIONS.contains(e.relation()) && (below.contains(e.cited()) || e.cited().equals(root)))
        .map(CitationEdge::relation).sorted().findFirst().orElse(Relation.IMPLEMENTS);
  }

  private static int depthOf(CitationGraph graph, DocumentNode n, DocumentNode root, Set<DocumentNode> below,
      Map<DocumentNode, Integer> depth, Map<DocumentNode, CitationEdge> parent, Set<DocumentNode> onPath) {
    Integer known = depth.get(n);
    if (known != null) {
      return known;
    }
    onPath.add(n);
    int best = -1;
    CitationEdge bestEdge = null;
    List<CitationEdge> ups = new ArrayList<>(graph.graph().outgoingEdgesOf(n));
    ups.sort(Comparator.comparing((CitationEdge e) -> e.cited()).thenComparing(CitationEdge::relation));
    for (CitationEdge e : ups) {
      DocumentNode m = e.cited();
      if (!RELATIONS.contains(e.relation()) || onPath.contains(m) || !(m.equals(root) || below.contains(m))) {
        continue;
      }
      int d = depthOf(graph, m, root, below, depth, parent, onPath);
      if (d >= 0 && (d > best || (d == best && later(m, bestEdge.cited())))) {
        best = d;
        bestEdge = e;
      }
    }
    onPath.remove(n);
    int result = best < 0 ? 1 : best + 1;
    if (bestEdge != null) {
      parent.put(n, bestEdge);
    }
    depth.put(n, result);
    return result;
  }

  private static boolean later(DocumentNode a, DocumentNode b) {
    return a.date().orElse(LocalDate.MIN).isAfter(b.date().orElse(LocalDate.MIN));
  }

  private static CascadeNode build(DocumentNode n, Optional<Relation> rel, int depth,
      Map<DocumentNode, List<DocumentNode>> children, Map<DocumentNode, Relation> relation) {
    List<CascadeNode> kids = new ArrayList<>();
    for (DocumentNode c : children.getOrDefault(n, List.of())) {
      kids.add(build(c, Optional.of(relation.get(c)), depth + 1, children, relation));
    }
    return new CascadeNode(n, rel, depth, ImmutableList.sortedCopyOf(CHILD_ORDER, kids));
  }

  /** The directive at the root. */
  public CascadeNode root() {
    return root;
  }

  /** Every node of the tree, root first, depth first, oldest child first. */
  public ImmutableList<CascadeNode> nodes() {
    ImmutableList.Builder<CascadeNode> b = ImmutableList.builder();
    walk(root, b);
    return b.build();
  }

  private static void walk(CascadeNode n, ImmutableList.Builder<CascadeNode> b) {
    b.add(n);
    n.children().forEach(c -> walk(c, b));
  }

  /** The documents of the tree below the root. */
  public ImmutableList<DocumentNode> documents() {
    return nodes().stream().skip(1).map(CascadeNode::document).collect(ImmutableList.toImmutableList());
  }

  /** The node of a document of the tree, by number in any spelling or by id. */
  public Optional<CascadeNode> find(String reference) {
    String key = io.github.vanban.core.DocumentNumber.keyOf(reference);
    return nodes().stream().filter(c -> c.document().id().equals(reference)
        || c.document().number().map(n -> n.key().equals(key)).orElse(false)).findFirst();
  }

  /** The tree as a table: the number indented by depth, relation, type, issuer, date, locality. */
  public TextTable table() {
    List<List<String>> rows = new ArrayList<>();
    for (CascadeNode n : nodes()) {
      DocumentNode d = n.document();
      String indent = n.depth() == 0 ? "" : "  ".repeat(n.depth() - 1) + "└ ";
      rows.add(List.of(indent + d.numberText() + (d.placeholder() ? " [cited]" : ""),
          n.relation().map(Enum::name).orElse(""), d.type().name(), d.issuer().map(Agency::name).orElse(""),
          d.date().map(LocalDate::toString).orElse(""), d.locality().orElse("")));
    }
    return TextTable.of(List.of("document", "relation", "type", "issuer", "date", "locality"), rows);
  }

  /** The tree as JSON: {@code {number, type, issuer, date, locality, relation, children: [...]}}. */
  public ObjectNode toJson() {
    return json(root);
  }

  /** {@link #toJson()} as indented text. */
  public String toJsonString() {
    try {
      return MAPPER.writeValueAsString(toJson());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  private static ObjectNode json(CascadeNode n) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    DocumentNode d = n.document();
    o.put("number", d.number().map(Object::toString).orElse(null));
    o.put("type", d.type().name());
    o.put("issuer", d.issuer().map(Agency::name).orElse(null));
    o.put("date", d.date().map(LocalDate::toString).orElse(null));
    o.put("locality", d.locality().orElse(null));
    o.put("relation", n.relation().map(Enum::name).orElse(null));
    n.children().forEach(c -> o.withArray("children").add(json(c)));
    if (n.children().isEmpty()) {
      o.putArray("children");
    }
    return o;
  }

  @Override
  public String toString() {
    return "Cascade of " + root.document() + ": " + (nodes().size() - 1) + " documents\n" + table();
  }
}
