package io.github.vanban.graph.agency;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import io.github.vanban.graph.citation.DocumentNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The lookups of the reporting edges by reporter, recipient, intermediary and document, built
 * without sorting a million edges: the edges of one document come one after another, so the
 * documents are taken in the order of the citation graph's (sorted) vertices and only the few
 * edges of each document are ordered by place. Each agency's list is the edges of that order
 * that concern it: the order a stable sort by document, then span, of the edges in the order
 * given would make (the order of the agencies among the keys is not kept). The lookups by agency
 * and by document read immutable inputs only, so that they are built on two threads.
 */
final class ReportingIndex {
  static final Comparator<ReportingEdge> BY_SPAN = Comparator.comparing(e -> e.obligation().span());

  final ImmutableListMultimap<AgencyNode, ReportingEdge> byReporter;
  final ImmutableListMultimap<AgencyNode, ReportingEdge> byRecipient;
  final ImmutableListMultimap<AgencyNode, ReportingEdge> byVia;
  final ImmutableListMultimap<DocumentNode, ReportingEdge> byDocument;

  /** The lookups of {@link #byAgency} and {@link #byDocument}. */
  ReportingIndex(ReportingIndex agencies, ImmutableListMultimap<DocumentNode, ReportingEdge> byDocument) {
    this.byReporter = agencies.byReporter;
    this.byRecipient = agencies.byRecipient;
    this.byVia = agencies.byVia;
    this.byDocument = byDocument;
  }

  private ReportingIndex(ImmutableListMultimap<AgencyNode, ReportingEdge> byReporter,
      ImmutableListMultimap<AgencyNode, ReportingEdge> byRecipient, ImmutableListMultimap<AgencyNode, ReportingEdge> byVia) {
    this.byReporter = byReporter;
    this.byRecipient = byRecipient;
    this.byVia = byVia;
    this.byDocument = ImmutableListMultimap.of();
  }

  /** Where the edges of each document start in {@code reporting} (and where the last ends), and how many documents. */
  private static int runs(ImmutableList<ReportingEdge> reporting, int[] starts) {
    int runs = 0;
    for (int i = 0; i < reporting.size(); i++) {
      if (i == 0 || !reporting.get(i).document().equals(reporting.get(i - 1).document())) {
        starts[runs++] = i;
      }
    }
    starts[runs] = reporting.size();
    return runs;
  }

  /** The edges by document, in the order of {@code reporting}. */
  static ImmutableListMultimap<DocumentNode, ReportingEdge> byDocument(ImmutableList<ReportingEdge> reporting) {
    int[] starts = new int[reporting.size() + 1];
    int runs = runs(reporting, starts);
    ImmutableListMultimap.Builder<DocumentNode, ReportingEdge> in = ImmutableListMultimap.builderWithExpectedKeys(runs);
    for (int r = 0; r < runs; r++) {
      in.putAll(reporting.get(starts[r]).document(), reporting.subList(starts[r], starts[r + 1]));
    }
    return in.build();
  }

  /**
   * The lookups by reporter, recipient and intermediary of {@code reporting}, whose documents
   * are all among {@code documents} (every vertex of the citation graph, in its order); the
   * lookup by document is left empty.
   */
  static ReportingIndex byAgency(ImmutableList<ReportingEdge> reporting, List<DocumentNode> documents,
      Comparator<ReportingEdge> inDocumentOrder) {
    int[] starts = new int[reporting.size() + 1];
    int runs = runs(reporting, starts);
    Map<DocumentNode, Integer> runOf = new HashMap<>(runs * 4 / 3 + 1);
    for (int r = 0; r < runs; r++) {
      runOf.putIfAbsent(reporting.get(starts[r]).document(), r);
    }
    // Every edge in document order, then by span (ties in the order given, as a stable sort
    // would leave them), dealt out to its reporter, recipient and intermediary on the way.
    Map<AgencyNode, List<ReportingEdge>> from = new HashMap<>();
    Map<AgencyNode, List<ReportingEdge>> to = new HashMap<>();
    Map<AgencyNode, List<ReportingEdge>> via = new HashMap<>();
    int dealt = 0;
    for (DocumentNode d : documents) {
      Integer r = runOf.get(d);
      if (r == null) {
        continue;
      }
      List<ReportingEdge> of = reporting.subList(starts[r], starts[r + 1]);
      if (of.size() > 1 && !inSpanOrder(of)) {
        ReportingEdge[] part = of.toArray(new ReportingEdge[0]);
        Arrays.sort(part, BY_SPAN); // stable
        of = Arrays.asList(part);
      }
      for (ReportingEdge e : of) {
        deal(from, e.from(), e);
        deal(to, e.to(), e);
        if (e.via().isPresent()) {
          deal(via, e.via().get(), e);
        }
      }
      dealt += of.size();
    }
    if (dealt != reporting.size()) { // a document outside the vertices given: sort them all
      ReportingEdge[] all = reporting.toArray(new ReportingEdge[0]);
      Arrays.sort(all, inDocumentOrder);
      from.clear();
      to.clear();
      via.clear();
      for (ReportingEdge e : all) {
        deal(from, e.from(), e);
        deal(to, e.to(), e);
        if (e.via().isPresent()) {
          deal(via, e.via().get(), e);
        }
      }
    }
    return new ReportingIndex(multimap(from), multimap(to), multimap(via));
  }

  private static boolean inSpanOrder(List<ReportingEdge> edges) {
    for (int i = 1; i < edges.size(); i++) {
      if (BY_SPAN.compare(edges.get(i - 1), edges.get(i)) > 0) {
        return false;
      }
    }
    return true;
  }

  private static void deal(Map<AgencyNode, List<ReportingEdge>> lists, AgencyNode key, ReportingEdge e) {
    List<ReportingEdge> list = lists.get(key);
    if (list == null) {
      list = new ArrayList<>();
      lists.put(key, list);
    }
    list.add(e);
  }

  private static ImmutableListMultimap<AgencyNode, ReportingEdge> multimap(Map<AgencyNode, List<ReportingEdge>> lists) {
    ImmutableListMultimap.Builder<AgencyNode, ReportingEdge> b =
        ImmutableListMultimap.builderWithExpectedKeys(lists.size());
    lists.forEach(b::putAll);
    return b.build();
  }
}
