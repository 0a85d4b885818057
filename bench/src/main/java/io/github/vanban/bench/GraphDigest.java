package io.github.vanban.bench;

import io.github.vanban.core.Document;
import io.github.vanban.graph.Corpus;
import io.github.vanban.graph.agency.AgencyEdge;
import io.github.vanban.graph.agency.AgencyGraph;
import io.github.vanban.graph.agency.AgencyNode;
import io.github.vanban.graph.agency.ReportingEdge;
import io.github.vanban.graph.agency.ReportingRun;
import io.github.vanban.graph.citation.CitationEdge;
import io.github.vanban.graph.citation.CitationGraph;
import io.github.vanban.graph.citation.DocumentNode;
import io.github.vanban.graph.query.ObligationRow;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;

/**
 * A digest of everything a corpus built from the generated documents answers: its documents,
 * the vertices and edges of both graphs in graph order, the lookups and runs of every agency,
 * and obligations (by reporter as of a day, by recipient within a year), cascade and ranking
 * queries. Run it with the jar of two versions and compare the lines: equal digests, equal
 * answers. {@code java -Xmx4g -cp bench/target/benchmarks.jar io.github.vanban.bench.GraphDigest 100000}
 */
public final class GraphDigest {
  private GraphDigest() {}

  static final class H {
    final MessageDigest md;
    final String name;
    H(String name) throws Exception { this.md = MessageDigest.getInstance("SHA-256"); this.name = name; }
    void add(Object o) { md.update(String.valueOf(o).getBytes(StandardCharsets.UTF_8)); md.update((byte) 0); }
    void print() { System.out.println(name + " " + HexFormat.of().formatHex(md.digest()).substring(0, 16)); }
  }

  static String e(ReportingEdge e) {
    return e.from().key() + ">" + e.to().key() + ">" + e.via().map(AgencyNode::key) + ">" + e.document().id() + ">" + e.obligation();
  }

  public static void main(String[] args) throws Exception {
    int files = Integer.parseInt(args[0]);
    Corpus.Builder b = Corpus.builder();
    GeneratedDocuments.forEach(files, 1, (i, docs) -> docs.forEach(b::add));
    long t = System.nanoTime();
    Corpus c = b.build();
    System.out.printf("built in %.2f s%n", (System.nanoTime() - t) / 1e9);
    H docs = new H("documents");
    for (Document d : c.documents()) docs.add(d);
    docs.print();
    CitationGraph cg = c.citations();
    H cn = new H("citation nodes");
    for (DocumentNode n : cg.nodes()) cn.add(n.id() + "|" + n + "|" + n.level() + "|" + n.locality() + "|" + n.document().map(Document::toString));
    for (DocumentNode n : cg.graph().vertexSet()) cn.add(n.id());
    cn.print();
    H ce = new H("citation edges");
    for (CitationEdge e : cg.graph().edgeSet()) ce.add(e.citing().id() + ">" + e.cited().id() + ">" + e.relation() + ">" + e.citation());
    int k = 0;
    for (DocumentNode n : cg.nodes()) {
      if (k++ % 7 == 0) {
        for (CitationEdge e : cg.citationsOf(n)) ce.add(e.cited().id() + e.citation().span());
        for (CitationEdge e : cg.citedBy(n)) ce.add(e.citing().id() + e.citation().span());
        for (CitationEdge e : cg.graph().outgoingEdgesOf(n)) ce.add(e.cited().id());
        for (CitationEdge e : cg.graph().incomingEdgesOf(n)) ce.add(e.citing().id());
      }
      ce.add(cg.nodeOf(n.document().orElse(c.documents().get(0))).map(DocumentNode::id));
      ce.add(cg.find(n.numberText()).map(DocumentNode::id));
    }
    ce.print();
    AgencyGraph ag = c.agencies();
    H an = new H("agency nodes");
    for (AgencyNode n : ag.nodes()) {
      an.add(n.key() + "|" + n.name() + "|" + n.kind() + "|" + n.level() + "|" + n.locality() + "|" + n.mentions());
      an.add(ag.parents(n).toString());
      an.add(ag.children(n).toString());
    }
    for (AgencyNode n : ag.graph().vertexSet()) an.add(n.key());
    an.print();
    H ae = new H("agency edges");
    for (AgencyEdge e : ag.graph().edgeSet()) ae.add(e instanceof ReportingEdge r ? e(r) : e.toString());
    for (ReportingEdge e : ag.reporting()) ae.add(e(e));
    ae.print();
    H look = new H("lookups");
    for (AgencyNode n : ag.nodes()) {
      for (ReportingEdge e : ag.reportsFrom(n)) look.add(e(e));
      look.add("|");
      for (ReportingEdge e : ag.reportsTo(n)) look.add(e(e));
      look.add("|");
      for (ReportingEdge e : ag.reportsVia(n)) look.add(e(e));
      look.add("|");
      for (ReportingRun r : new ReportingRun[] {ag.runFrom(n), ag.runTo(n), ag.runVia(n)}) {
        for (int i = 0; i < r.size(); i++) look.add(e(r.edge(i)) + r.rank(i) + "/" + r.dueClass(i));
        for (int i = 0; i < r.classCount(); i++) look.add(r.classDeadline(i));
      }
    }
    for (DocumentNode n : cg.nodes()) for (ReportingEdge e : ag.reportsIn(n)) look.add(e(e));
    look.print();
    H q = new H("queries");
    LocalDate asOf = LocalDate.of(2020, 1, 1);
    int j = 0;
    for (AgencyNode n : ag.nodes()) {
      if (j++ % 3 != 0) continue;
      for (ObligationRow r : c.obligations().reporter(n.key()).asOf(asOf).rows()) q.add(r);
      for (ObligationRow r : c.obligations().recipient(n.key()).dueBetween(asOf, asOf.plusYears(1)).rows()) q.add(r);
    }
    q.add(c.obligations().asOf(asOf).size());
    k = 0;
    for (DocumentNode n : cg.nodes()) {
      if (n.numberText().contains("CT") && k++ % 5 == 0) {
        q.add(c.cascade(n.id()).toString());
      }
    }
    q.add(c.ranking().toString());
    q.print();
  }
}
