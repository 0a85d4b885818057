package io.github.vanban.graph.query;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.vanban.core.Agency;
import io.github.vanban.core.Level;
import io.github.vanban.core.Relation;
import io.github.vanban.graph.citation.CitationEdge;
import io.github.vanban.graph.citation.CitationGraph;
import io.github.vanban.graph.citation.DocumentNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The path from a document up to its source: at each step the document it implements or
 * copies, choosing the way with the most steps (the chain of command it came down), so
 * that {@code 3935/KH-UBND → 8485-CV/TU → 38-CT/TW}. Immutable.
 */
public final class Lineage {

  /**
   * One step of the path.
   *
   * @param document the document
   * @param relation how it relates to the next document up; empty at the source
   */
  public record Step(DocumentNode document, Optional<Relation> relation) {}

  private final ImmutableList<Step> steps;

  private Lineage(ImmutableList<Step> steps) {
    this.steps = steps;
  }

  /** The lineage of {@code start} in {@code graph}. */
  public static Lineage of(CitationGraph graph, DocumentNode start) {
    checkNotNull(graph, "graph");
    checkNotNull(start, "start");
    Map<DocumentNode, Integer> height = new HashMap<>();
    Map<DocumentNode, CitationEdge> up = new HashMap<>();
    heightOf(graph, start, height, up, new HashSet<>());
    ImmutableList.Builder<Step> b = ImmutableList.builder();
    DocumentNode n = start;
    Set<DocumentNode> seen = new HashSet<>();
    while (n != null && seen.add(n)) {
      CitationEdge e = up.get(n);
      b.add(new Step(n, Optional.ofNullable(e).map(CitationEdge::relation)));
      n = e == null ? null : e.cited();
    }
    return new Lineage(b.build());
  }

  private static int heightOf(CitationGraph graph, DocumentNode n, Map<DocumentNode, Integer> height,
      Map<DocumentNode, CitationEdge> up, Set<DocumentNode> onPath) {
    Integer known = height.get(n);
    if (known != null) {
      return known;
    }
    onPath.add(n);
    int best = -1;
    CitationEdge bestEdge = null;
    List<CitationEdge> edges = new ArrayList<>(graph.graph().outgoingEdgesOf(n));
    edges.sort(Comparator.comparing((CitationEdge e) -> e.cited()).thenComparing(CitationEdge::relation));
    for (CitationEdge e : edges) {
      if (!Cascade.RELATIONS.contains(e.relation()) || onPath.contains(e.cited())) {
        continue;
      }
      int h = heightOf(graph, e.cited(), height, up, onPath);
      if (h > best || (h == best && higher(e.cited(), bestEdge.cited()))) {
        best = h;
        bestEdge = e;
      }
    }
    onPath.remove(n);
    if (bestEdge != null) {
      up.put(n, bestEdge);
    }
    int result = best + 1;
    height.put(n, result);
    return result;
  }

  /** Of two sources equally far, the one of the higher tier, then the older. */
  private static boolean higher(DocumentNode a, DocumentNode b) {
    int la = rank(a.level());
    int lb = rank(b.level());
    if (la != lb) {
      return la < lb;
    }
    return a.date().orElse(LocalDate.MAX).isBefore(b.date().orElse(LocalDate.MAX));
  }

  private static int rank(Level l) {
    return l == Level.UNKNOWN ? Level.values().length : l.ordinal();
  }

  /** The steps, from the document to its source. */
  public ImmutableList<Step> steps() {
    return steps;
  }

  /** The document at the top. */
  public DocumentNode source() {
    return steps.get(steps.size() - 1).document();
  }

  /** The documents of the path, from the document to its source. */
  public ImmutableList<DocumentNode> documents() {
    return steps.stream().map(Step::document).collect(ImmutableList.toImmutableList());
  }

  /** The path as a table. */
  public TextTable table() {
    List<List<String>> rows = new ArrayList<>();
    for (Step s : steps) {
      DocumentNode d = s.document();
      rows.add(List.of(d.numberText() + (d.placeholder() ? " [cited]" : ""), s.relation().map(r -> r + " ↑").orElse(""),
          d.type().name(), d.issuer().map(Agency::name).orElse(""), d.date().map(LocalDate::toString).orElse(""),
          d.locality().orElse("")));
    }
    return TextTable.of(List.of("document", "relation", "type", "issuer", "date", "locality"), rows);
  }

  @Override
  public String toString() {
    return "Lineage of " + steps.get(0).document() + "\n" + table();
  }
}
