package io.github.vanban.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vanban.core.Agency;
import io.github.vanban.core.AgencyKind;
import io.github.vanban.core.Citation;
import io.github.vanban.core.Document;
import io.github.vanban.core.DocumentNumber;
import io.github.vanban.core.DocumentType;
import io.github.vanban.core.Level;
import io.github.vanban.core.Relation;
import io.github.vanban.core.ReportingObligation;
import io.github.vanban.core.Span;
import io.github.vanban.core.deadline.Deadline;
import io.github.vanban.core.deadline.RecurrenceRule;
import io.github.vanban.graph.agency.Provinces;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A national cascade of one directive at a size that would expose quadratic work: every
 * province writes a letter implementing it, every department of the province a letter
 * implementing the province's, each with a yearly report. {@code -Dvanban.scale=N} sets the
 * number of documents (default 5 000) and prints the build time and heap used.
 */
class ScaleSmokeTest {
  private static final Span SPAN = Span.of(0, 1, "x");

  @Test
  void aLargeCascadeBuildsAndQueriesInLinearTime() {
    int target = Integer.getInteger("vanban.scale", 5_000);
    List<Provinces.Unit> provinces = Provinces.on(LocalDate.of(2020, 1, 1));
    Agency secretariat = Agency.builder().name("Ban Bí thư Trung ương Đảng").kind(AgencyKind.PARTY_COMMITTEE)
        .level(Level.CENTRAL).build();
    List<Document> docs = new ArrayList<>();
    docs.add(Document.builder().number(DocumentNumber.of("38-CT/TW")).type(DocumentType.CHI_THI).issuer(secretariat)
        .date(LocalDate.of(2019, 9, 19)).span(SPAN).build());
    Citation directive = Citation.builder().number(DocumentNumber.of("38-CT/TW")).type(DocumentType.CHI_THI)
        .relation(Relation.IMPLEMENTS).span(SPAN).build();
    Deadline yearly = Deadline.recurring(RecurrenceRule.yearly(11, 15), "trước ngày 15/11 hằng năm");
    int perProvince = Math.max(1, target / provinces.size() - 1);
    for (int p = 0; p < provinces.size() && docs.size() < target; p++) {
      String place = provinces.get(p).name();
      Agency ubnd = Agency.builder().name("Ủy ban nhân dân tỉnh " + place).kind(AgencyKind.GOVERNMENT)
          .level(Level.PROVINCIAL).locality(place).build();
      String planNumber = (100 + p) + "/KH-UBND";
      docs.add(Document.builder().number(DocumentNumber.of(planNumber)).type(DocumentType.KE_HOACH).issuer(ubnd)
          .date(LocalDate.of(2020, 3, 1)).addCitations(directive).span(SPAN).build());
      Citation plan = Citation.builder().number(DocumentNumber.of(planNumber)).type(DocumentType.KE_HOACH)
          .issuer(ubnd).relation(Relation.IMPLEMENTS).span(SPAN).build();
      for (int k = 0; k < perProvince && docs.size() < target; k++) {
        Agency dept = Agency.builder().name("Sở số " + (k % 40) + " tỉnh " + place).kind(AgencyKind.DEPARTMENT)
            .level(Level.DEPARTMENT).locality(place).build();
        docs.add(Document.builder().number(DocumentNumber.of((k + 1) + "/S" + (k % 40) + "-VP")).type(DocumentType.CONG_VAN)
            .issuer(dept).date(LocalDate.of(2020, 1, 1).plusDays(k % 300)).addCitations(plan, directive)
            .addReporting(ReportingObligation.builder().reporter(dept).recipient(ubnd).deadline(yearly)
                .text("báo cáo").span(SPAN).build())
            .span(SPAN).build());
      }
    }
    Runtime rt = Runtime.getRuntime();
    System.gc();
    long before = rt.totalMemory() - rt.freeMemory();
    long t0 = System.nanoTime();
    if (Boolean.getBoolean("vanban.scale.phases")) {
      long a = System.nanoTime();
      var cg = io.github.vanban.graph.citation.CitationGraph.of(docs);
      long b = System.nanoTime();
      io.github.vanban.graph.agency.AgencyGraph.of(docs, cg, io.github.vanban.graph.agency.Structure.standard());
      long c = System.nanoTime();
      var set = new java.util.LinkedHashSet<>(docs);
      long d = System.nanoTime();
      System.out.printf("phases: citations %d ms, agencies %d ms, dedupe %d ms (%d)%n", (b - a) / 1_000_000,
          (c - b) / 1_000_000, (d - c) / 1_000_000, set.size());
      for (int i = 0; i < 3; i++) {
        long e = System.nanoTime();
        Corpus.of(docs);
        System.out.printf("phases: build again %d ms%n", (System.nanoTime() - e) / 1_000_000);
      }
      t0 = System.nanoTime();
    }
    Corpus corpus = Corpus.of(docs);
    long built = System.nanoTime() - t0;
    System.gc();
    long heap = rt.totalMemory() - rt.freeMemory() - before;
    long t1 = System.nanoTime();
    int cascade = corpus.cascade("38-CT/TW").documents().size();
    long t2 = System.nanoTime();
    int owed = corpus.obligations().asOf(LocalDate.of(2020, 5, 1)).size();
    if (Boolean.getBoolean("vanban.scale.phases")) {
      System.out.printf("phases: cascade %d ms, obligations %d ms%n", (t2 - t1) / 1_000_000,
          (System.nanoTime() - t2) / 1_000_000);
    }
    int toOne = corpus.obligations().recipient("Ủy ban nhân dân tỉnh Đồng Nai").size();
    long queried = System.nanoTime() - t1;
    System.out.printf("scale: %d documents, build %d ms, queries %d ms, heap of corpus+graphs ~%d MB (%s)%n",
        docs.size(), built / 1_000_000, queried / 1_000_000, heap >> 20, corpus);
    assertEquals(docs.size() - 1, cascade);
    assertEquals(docs.size() - 1 - provinces.size(), owed);
    assertTrue(toOne > 0);
    // every department stands under its province's People's Committee
    var so = corpus.agencies().find("Sở số 1 tỉnh Đồng Nai").orElseThrow();
    assertEquals("Ủy ban nhân dân tỉnh Đồng Nai", corpus.agencies().parents(so).get(0).to().name());
  }
}
