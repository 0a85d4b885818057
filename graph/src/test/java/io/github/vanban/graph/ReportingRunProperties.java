package io.github.vanban.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.github.vanban.core.Document;
import io.github.vanban.graph.agency.AgencyGraph;
import io.github.vanban.graph.agency.AgencyNode;
import io.github.vanban.graph.agency.ReportingEdge;
import io.github.vanban.graph.agency.ReportingRun;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Each agency's {@link ReportingRun}s hold the edges of the plain stable sort of every
 * reporting edge by reporter, recipient, document and span that name it in that role, in that
 * order, and each edge's rank is its place among the distinct keys of that sort. The corpora
 * add obligations the order cannot tell apart ({@link ObligationOrderProperties#twinned}).
 */
class ReportingRunProperties {
  private static final Comparator<ReportingEdge> ROW_ORDER = Comparator.comparing(ReportingEdge::from)
      .thenComparing(ReportingEdge::to).thenComparing(ReportingEdge::document)
      .thenComparing(e -> e.obligation().span());

  @Provide
  Arbitrary<List<Document>> corpora() {
    return new ObligationOrderProperties().corpora();
  }

  @Property(tries = 300)
  void runsAreTheStableSortByReporterRecipientDocumentAndSpan(@ForAll("corpora") List<Document> docs) {
    AgencyGraph g = Corpus.of(docs).agencies();
    List<ReportingEdge> sorted = new ArrayList<>(g.reporting());
    sorted.sort(ROW_ORDER); // stable
    int[] rank = new int[sorted.size()];
    for (int i = 1; i < sorted.size(); i++) {
      rank[i] = ROW_ORDER.compare(sorted.get(i - 1), sorted.get(i)) == 0 ? rank[i - 1] : rank[i - 1] + 1;
    }
    for (AgencyNode n : g.nodes()) {
      check(g.runFrom(n), sorted, rank, e -> Optional.of(e.from()), n);
      check(g.runTo(n), sorted, rank, e -> Optional.of(e.to()), n);
      check(g.runVia(n), sorted, rank, ReportingEdge::via, n);
    }
  }

  private static void check(ReportingRun run, List<ReportingEdge> sorted, int[] rank,
      Function<ReportingEdge, Optional<AgencyNode>> role, AgencyNode n) {
    List<ReportingEdge> expected = new ArrayList<>();
    List<Integer> expectedRanks = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      if (role.apply(sorted.get(i)).equals(Optional.of(n))) {
        expected.add(sorted.get(i));
        expectedRanks.add(rank[i]);
      }
    }
    List<ReportingEdge> edges = new ArrayList<>();
    List<Integer> ranks = new ArrayList<>();
    for (int i = 0; i < run.size(); i++) {
      // by identity: equal edges are not in the graph twice, so the same instance must come back
      edges.add(run.edge(i));
      ranks.add(run.rank(i));
    }
    assertEquals(expected.size(), edges.size(), n::toString);
    for (int i = 0; i < edges.size(); i++) {
      assertSame(expected.get(i), edges.get(i), n + " at " + i);
    }
    assertEquals(expectedRanks, ranks, n::toString);
  }
}
