package io.github.vanban.graph.agency;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import io.github.vanban.graph.citation.DocumentNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The lookups of the reporting edges by reporter, recipient, intermediary and document, built
 * without sorting a million edges: the edges of one document come one after another, so the
 * documents are taken in the order of the citation graph's (sorted) vertices and only the few
 * edges of each document are ordered by place. Each agency's list is the edges of that order
 * that concern it: the order a stable sort by document, then span, of the edges in the order
 * given would make. Reads immutable inputs only, so it may be built on another thread than the
 * graph.
 */
final class ReportingIndex {
  static final Comparator<ReportingEdge> BY_SPAN = Comparator.comparing(e -> e.obligation().span());

  final ImmutableListMultimap<AgencyNode, ReportingEdge> byReporter;
  final ImmutableListMultimap<AgencyNode, ReportingEdge> byRecipient;
  final ImmutableListMultimap<AgencyNode, ReportingEdge> byVia;
  final ImmutableListMultimap<DocumentNode, ReportingEdge> byDocument;

  /**
   * The index of {@code reporting}, whose documents are all among {@code documents} (every
   * vertex of the citation graph, in its order).
   */
  ReportingIndex(ImmutableList<ReportingEdge> reporting, List<DocumentNode> documents,
      Comparator<ReportingEdge> inDocumentOrder) {
    // By document, in the order of the edges: runs of consecutive edges of one document.
    int[] starts = new int[reporting.size() + 1];
    int runs = 0;
    for (int i = 0; i < reporting.size(); i++) {
      if (i == 0 || !reporting.get(i).document().equals(reporting.get(i - 1).document())) {
        starts[runs++] = i;
      }
    }
    starts[runs] = reporting.size();
    ImmutableListMultimap.Builder<DocumentNode, ReportingEdge> in = ImmutableListMultimap.builderWithExpectedKeys(runs);
    for (int r = 0; r < runs; r++) {
      in.putAll(reporting.get(starts[r]).document(), reporting.subList(starts[r], starts[r + 1]));
    }
    this.byDocument = in.build();
    // Every edge in document order, then by span; ties in the order given (a stable sort).
    ReportingEdge[] ordered = new ReportingEdge[reporting.size()];
    int n = 0;
    for (DocumentNode d : documents) {
      ImmutableList<ReportingEdge> of = byDocument.get(d);
      if (of.size() == 1) {
        ordered[n++] = of.get(0);
      } else if (!of.isEmpty()) {
        ReportingEdge[] part = of.toArray(new ReportingEdge[0]);
        Arrays.sort(part, BY_SPAN);
        System.arraycopy(part, 0, ordered, n, part.length);
        n += part.length;
      }
    }
    if (n != ordered.length) { // a document outside the vertices given: sort them all
      ordered = reporting.toArray(new ReportingEdge[0]);
      Arrays.sort(ordered, inDocumentOrder);
    }
    List<ReportingEdge> sorted = Arrays.asList(ordered);
    this.byReporter = group(reporting, sorted, ReportingEdge::from);
    this.byRecipient = group(reporting, sorted, ReportingEdge::to);
    this.byVia = group(reporting, sorted, e -> e.via().orElse(null));
  }

  /**
   * The edges of each agency in the order of {@code sorted}, the agencies in the order they
   * first appear in {@code reporting} (an edge without one is left out).
   */
  private static ImmutableListMultimap<AgencyNode, ReportingEdge> group(List<ReportingEdge> reporting,
      List<ReportingEdge> sorted, Function<ReportingEdge, AgencyNode> key) {
    Map<AgencyNode, List<ReportingEdge>> lists = new LinkedHashMap<>();
    for (ReportingEdge e : reporting) {
      AgencyNode k = key.apply(e);
      if (k != null && !lists.containsKey(k)) {
        lists.put(k, new ArrayList<>());
      }
    }
    for (ReportingEdge e : sorted) {
      AgencyNode k = key.apply(e);
      if (k != null) {
        lists.get(k).add(e);
      }
    }
    ImmutableListMultimap.Builder<AgencyNode, ReportingEdge> b =
        ImmutableListMultimap.builderWithExpectedKeys(lists.size());
    lists.forEach(b::putAll);
    return b.build();
  }
}
