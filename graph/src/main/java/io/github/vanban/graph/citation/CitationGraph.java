package io.github.vanban.graph.citation;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import io.github.vanban.core.Citation;
import io.github.vanban.core.Document;
import io.github.vanban.core.DocumentNumber;
import io.github.vanban.core.DocumentType;
import io.github.vanban.core.text.Fold;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ForkJoinTask;
import org.jgrapht.Graph;
import org.jgrapht.graph.AsUnmodifiableGraph;

/**
 * The citation graph of a corpus: documents (and placeholders for documents only cited) as
 * vertices, one {@link CitationEdge} per citation from the citing to the cited document.
 * {@link #graph()} is a plain, unmodifiable JGraphT view on which any JGraphT algorithm can
 * run. Immutable and safe to read from many threads once built.
 *
 * <pre>{@code
 * CitationGraph g = CitationGraph.of(documents);
 * g.find("38/CT-TW")                      // the node of 38-CT/TW, however it was spelt
 * g.graph().incomingEdgesOf(node)         // who cites it, and how
 * }</pre>
 */
public final class CitationGraph {
  private final Graph<DocumentNode, CitationEdge> graph;
  private final ImmutableList<DocumentNode> nodes;
  private final ImmutableMap<String, DocumentNode> byId;
  private final ImmutableListMultimap<String, DocumentNode> byNumberKey;
  private final ImmutableListMultimap<String, DocumentNode> byShortKey;
  private final Map<Document, DocumentNode> byDocument;
  /** Documents placed on the vertex of another document (same identity), by equality: few. */
  private final ImmutableMap<Document, DocumentNode> copies;

  /** A citation between two slots, before the vertices exist. */
  private record Link(NodeResolver.Slot citing, NodeResolver.Slot cited, Citation citation) {}

  private CitationGraph(Graph<DocumentNode, CitationEdge> graph, Indexes indexes,
      Map<Document, DocumentNode> byDocument, ImmutableMap<Document, DocumentNode> copies) {
    this.graph = new AsUnmodifiableGraph<>(graph);
    this.nodes = indexes.nodes;
    this.byId = indexes.byId;
    this.byNumberKey = indexes.byNumberKey;
    this.byShortKey = indexes.byShortKey;
    this.byDocument = byDocument;
    this.copies = copies;
  }

  /** The vertices sorted and their lookups by id, number and short form: built beside the graph. */
  private static final class Indexes {
    final ImmutableList<DocumentNode> nodes;
    final ImmutableMap<String, DocumentNode> byId;
    final ImmutableListMultimap<String, DocumentNode> byNumberKey;
    final ImmutableListMultimap<String, DocumentNode> byShortKey;

    Indexes(DocumentNode[] vertices) {
      DocumentNode[] sorted = vertices.clone();
      Arrays.sort(sorted); // a total order: ids are unique
      this.nodes = ImmutableList.copyOf(sorted);
      ImmutableMap.Builder<String, DocumentNode> ids = ImmutableMap.builderWithExpectedSize(sorted.length);
      ImmutableListMultimap.Builder<String, DocumentNode> numbers =
          ImmutableListMultimap.<String, DocumentNode>builderWithExpectedKeys(sorted.length).expectedValuesPerKey(1);
      ImmutableListMultimap.Builder<String, DocumentNode> shorts =
          ImmutableListMultimap.<String, DocumentNode>builderWithExpectedKeys(sorted.length).expectedValuesPerKey(1);
      for (DocumentNode n : sorted) {
        ids.put(n.id(), n);
        DocumentNumber num = n.numberOrNull();
        if (num != null) {
          numbers.put(num.key(), n);
          shorts.put(Identity.shortKey(num.sequence(), n.type()), n);
        }
      }
      this.byId = ids.buildOrThrow();
      this.byNumberKey = numbers.build();
      this.byShortKey = shorts.build();
    }
  }

  /** The graph of {@code documents}, in the order given (the first of two copies of one document wins). */
  public static CitationGraph of(List<Document> documents) {
    checkNotNull(documents, "documents");
    NodeResolver resolver = new NodeResolver();
    List<NodeResolver.Slot> placed = new ArrayList<>(documents.size());
    for (Document d : documents) {
      placed.add(resolver.place(d));
    }
    // Citations: full numbers first, so that short forms and dates find them; the others are
    // kept aside in their order for the second pass.
    List<Link> links = new ArrayList<>();
    List<NodeResolver.Slot> laterCiting = new ArrayList<>();
    List<Citation> later = new ArrayList<>();
    for (int i = 0; i < documents.size(); i++) {
      NodeResolver.Slot citing = placed.get(i);
      if (citing.document != documents.get(i)) {
        continue; // a second copy of a document already placed: its citations are the first's
      }
      for (Citation c : documents.get(i).citations()) {
        if (NodeResolver.firstPass(c)) {
          link(resolver, citing, c, links);
        } else {
          laterCiting.add(citing);
          later.add(c);
        }
      }
    }
    for (int k = 0; k < later.size(); k++) {
      link(resolver, laterCiting.get(k), later.get(k), links);
    }
    List<String> ids = resolver.ids();
    List<NodeResolver.Slot> slots = resolver.slots();
    DocumentNode[] nodeOfSlot = new DocumentNode[slots.size()];
    for (NodeResolver.Slot s : slots) {
      nodeOfSlot[s.ordinal] = new DocumentNode(ids.get(s.ordinal), Optional.ofNullable(s.number), s.type,
          Optional.ofNullable(s.date), Optional.ofNullable(s.issuer), Optional.ofNullable(s.document));
    }
    // The indexes read the vertices only: built on another core while this one builds the graph.
    ForkJoinTask<Indexes> indexes = ForkJoinTask.adapt(() -> new Indexes(nodeOfSlot)).fork();
    Graph<DocumentNode, CitationEdge> g = io.github.vanban.graph.jgrapht.LeanGraph.multigraph();
    for (DocumentNode n : nodeOfSlot) {
      g.addVertex(n);
    }
    for (Link link : links) {
      DocumentNode from = nodeOfSlot[link.citing().ordinal];
      DocumentNode to = nodeOfSlot[link.cited().ordinal];
      g.addEdge(from, to, new CitationEdge(from, to, link.citation().relation(), link.citation()));
    }
    Map<Document, DocumentNode> byDocument = new IdentityHashMap<>(documents.size() * 4 / 3 + 1);
    Map<Document, DocumentNode> copies = new java.util.LinkedHashMap<>();
    for (int i = 0; i < documents.size(); i++) {
      DocumentNode node = nodeOfSlot[placed.get(i).ordinal];
      byDocument.put(documents.get(i), node);
      if (node.documentOrNull() != documents.get(i)) {
        copies.putIfAbsent(documents.get(i), node);
      }
    }
    return new CitationGraph(g, indexes.join(), byDocument, ImmutableMap.copyOf(copies));
  }

  private static void link(NodeResolver resolver, NodeResolver.Slot citing, Citation c, List<Link> links) {
    NodeResolver.Slot cited = resolver.resolve(c);
    if (cited != null && cited != citing) {
      links.add(new Link(citing, cited, c));
    }
  }

  /** The unmodifiable JGraphT view: vertices are documents, edges point from citing to cited. */
  public Graph<DocumentNode, CitationEdge> graph() {
    return graph;
  }

  /** Every vertex, oldest first. */
  public ImmutableList<DocumentNode> nodes() {
    return nodes;
  }

  /** The vertex of a document of the corpus (the instance given to the graph, or an equal one). */
  public Optional<DocumentNode> nodeOf(Document document) {
    DocumentNode node = byDocument.get(document);
    if (node != null) {
      return Optional.of(node);
    }
    Collection<DocumentNode> candidates = document.number().isPresent()
        ? byNumberKey.get(document.number().get().key()) : nodes;
    for (DocumentNode n : candidates) {
      if (n.document().isPresent() && n.document().get().equals(document)) {
        return Optional.of(n);
      }
    }
    return Optional.ofNullable(copies.get(document));
  }

  /** The vertex with this id. */
  public Optional<DocumentNode> byId(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /**
   * The vertex a reference names: a number in any spelling ({@code 38-CT/TW}, {@code 38/CT-TW},
   * {@code Số 38-CT/TW}), a short form with its type ({@code Chỉ thị 38}), or an id. Where
   * several vertices share the number, a document is preferred to a placeholder, then the
   * newest.
   */
  public Optional<DocumentNode> find(String reference) {
    checkNotNull(reference, "reference");
    String r = reference.strip();
    DocumentNode byIdNode = byId.get(r);
    if (byIdNode != null) {
      return Optional.of(byIdNode);
    }
    Optional<DocumentNumber> number = DocumentNumber.parse(r);
    if (number.isPresent()) {
      return preferred(byNumberKey.get(number.get().key()));
    }
    // A short form: a type heading, an optional "số", then the sequence.
    int cut = r.lastIndexOf(' ');
    if (cut > 0) {
      String sequence = r.substring(cut + 1);
      String heading = r.substring(0, cut).strip();
      if (Fold.fold(heading).endsWith(" so")) {
        heading = heading.substring(0, heading.length() - 2).strip();
      }
      Optional<DocumentType> type = DocumentType.fromHeading(heading);
      if (type.isPresent() && !sequence.isEmpty() && Character.isDigit(sequence.charAt(0))) {
        return preferred(byShortKey.get(Identity.shortKey(sequence, type.get())));
      }
    }
    return preferred(byNumberKey.get(DocumentNumber.keyOf(r)));
  }

  private static Optional<DocumentNode> preferred(Collection<DocumentNode> candidates) {
    return candidates.stream()
        .max(Comparator.comparing((DocumentNode n) -> !n.placeholder())
            .thenComparing(n -> n.date().orElse(java.time.LocalDate.MIN)));
  }

  /** The citations a document makes, in its order of first mention. */
  public ImmutableList<CitationEdge> citationsOf(DocumentNode node) {
    return ImmutableList.sortedCopyOf(Comparator.comparing((CitationEdge e) -> e.citation().span()),
        graph.outgoingEdgesOf(node));
  }

  /** The citations of a document by others, oldest citing document first. */
  public ImmutableList<CitationEdge> citedBy(DocumentNode node) {
    return ImmutableList.sortedCopyOf(Comparator.comparing(CitationEdge::citing), graph.incomingEdgesOf(node));
  }

  @Override
  public String toString() {
    return "CitationGraph[" + graph.vertexSet().size() + " documents, "
        + nodes.stream().filter(DocumentNode::placeholder).count() + " cited only, "
        + graph.edgeSet().size() + " citations]";
  }
}
