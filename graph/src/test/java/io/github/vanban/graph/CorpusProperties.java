package io.github.vanban.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vanban.core.Agency;
import io.github.vanban.core.Citation;
import io.github.vanban.core.Document;
import io.github.vanban.core.DocumentNumber;
import io.github.vanban.core.DocumentType;
import io.github.vanban.core.Relation;
import io.github.vanban.core.ReportingObligation;
import io.github.vanban.core.Span;
import io.github.vanban.core.deadline.Deadline;
import io.github.vanban.core.deadline.Period;
import io.github.vanban.core.deadline.RecurrenceRule;
import io.github.vanban.graph.citation.DocumentNode;
import io.github.vanban.graph.query.ObligationRow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Properties of corpora of random documents: a pool of numbers (each with its own date and
 * issuer, cited under either spelling), random citations among them and beyond, random
 * obligations among a pool of agencies.
 */
class CorpusProperties {
  private static final List<Agency> AGENCIES = List.of(
      Fixtures.UBND_DN, Fixtures.SO_NGOAI_VU_DN, Fixtures.CAC_SO_DN, Fixtures.TINH_UY_DN,
      Fixtures.UBND_KG, Fixtures.SO_NOI_VU_KG, Fixtures.BAN_BI_THU);
  private static final int POOL = 14;
  private static final List<Deadline> DEADLINES = List.of(
      Deadline.none(), Deadline.onEvent("khi có vướng mắc"), Deadline.periodic(Period.QUARTERLY, "hằng quý"),
      Deadline.on(LocalDate.of(2020, 6, 30), "trước ngày 30/6/2020"),
      Deadline.recurring(RecurrenceRule.yearly(11, 15), "trước ngày 15/11 hằng năm"),
      Deadline.recurring(RecurrenceRule.monthly(-1), "ngày cuối tháng"),
      Deadline.recurring(RecurrenceRule.yearly(2, 29), "ngày 29/2 hằng năm"));

  /** The i-th number of the pool, in its canonical or its other spelling. */
  static String number(int i, boolean otherSpelling) {
    switch (i % 3) {
      case 0:
        return otherSpelling ? i + 10 + "/CT-TW" : i + 10 + "-CT/TW";
      case 1:
        return otherSpelling ? i + 10 + "/CV-TU" : i + 10 + "-CV/TU";
      default:
        return i + 10 + "/KH-UBND";
    }
  }

  static DocumentType type(int i) {
    return i % 3 == 0 ? DocumentType.CHI_THI : i % 3 == 1 ? DocumentType.CONG_VAN : DocumentType.KE_HOACH;
  }

  static LocalDate date(int i) {
    return LocalDate.of(2019, 1, 1).plusDays(i * 17L);
  }

  static Agency issuer(int i) {
    return i % 3 == 0 ? Fixtures.BAN_BI_THU : i % 3 == 1 ? Fixtures.TINH_UY_DN : Fixtures.UBND_DN;
  }

  record CiteSpec(int target, boolean otherSpelling, boolean withDate, Relation relation) {}

  record ReportSpec(int reporter, int recipient, int deadline) {}

  record DocSpec(int index, List<CiteSpec> cites, List<ReportSpec> reports) {}

  static Document build(DocSpec s) {
    var b = Document.builder().number(DocumentNumber.of(number(s.index(), false))).type(type(s.index()))
        .issuer(issuer(s.index())).date(date(s.index())).span(Span.of(0, 1, "x")).source("doc-" + s.index());
    Set<String> seen = new HashSet<>();
    int at = 0;
    for (CiteSpec c : s.cites()) {
      if (c.target() == s.index() || !seen.add(DocumentNumber.keyOf(number(c.target(), false)))) {
        continue;
      }
      String printed = number(c.target(), c.otherSpelling());
      var cb = Citation.builder().number(DocumentNumber.of(printed)).type(type(c.target())).relation(c.relation())
          .span(Span.of(at, at + printed.length(), printed));
      if (c.withDate()) {
        cb.date(date(c.target()));
      }
      at += 100;
      b.addCitations(cb.build());
    }
    for (ReportSpec r : s.reports()) {
      String text = "báo cáo";
      b.addReporting(ReportingObligation.builder().reporter(AGENCIES.get(r.reporter()))
          .recipient(AGENCIES.get(r.recipient())).deadline(DEADLINES.get(r.deadline()))
          .text(text).span(Span.of(at, at + text.length(), text)).build());
      at += 100;
    }
    return b.build();
  }

  @Provide
  Arbitrary<List<Document>> corpora() {
    Arbitrary<CiteSpec> cite = Combinators.combine(Arbitraries.integers().between(0, POOL - 1),
        Arbitraries.of(true, false), Arbitraries.of(true, false), Arbitraries.of(Relation.class)).as(CiteSpec::new);
    Arbitrary<ReportSpec> report = Combinators.combine(Arbitraries.integers().between(0, AGENCIES.size() - 1),
        Arbitraries.integers().between(0, AGENCIES.size() - 1),
        Arbitraries.integers().between(0, DEADLINES.size() - 1)).as(ReportSpec::new);
    Arbitrary<DocSpec> doc = Combinators.combine(Arbitraries.integers().between(0, POOL - 1),
        cite.list().ofMaxSize(4), report.list().ofMaxSize(3)).as(DocSpec::new);
    return doc.list().ofMaxSize(10).uniqueElements(DocSpec::index)
        .map(specs -> specs.stream().map(CorpusProperties::build).collect(Collectors.toList()));
  }

  /** The vertices and edges of a corpus as comparable text. */
  static Set<String> shape(Corpus c) {
    Set<String> s = new TreeSet<>();
    c.citations().graph().vertexSet().forEach(n -> s.add("V " + n.id() + (n.placeholder() ? " cited" : "")));
    c.citations().graph().edgeSet().forEach(e -> s.add("E " + e.citing().id() + " " + e.relation() + " " + e.cited().id()));
    c.agencies().graph().edgeSet().forEach(e -> s.add("A " + e));
    return s;
  }

  @Property(tries = 200)
  void aDocumentAddedTwiceChangesNothing(@ForAll("corpora") List<Document> docs, @ForAll @IntRange(min = 0, max = 9) int pick) {
    Corpus once = Corpus.of(docs);
    List<Document> twice = new ArrayList<>(docs);
    if (!docs.isEmpty()) {
      twice.add(docs.get(pick % docs.size()));
    }
    Corpus again = Corpus.of(twice);
    assertEquals(once.documents(), again.documents());
    assertEquals(shape(once), shape(again));
    assertEquals(once.obligations().asOf(LocalDate.of(2020, 1, 1)).rows(),
        again.obligations().asOf(LocalDate.of(2020, 1, 1)).rows());
  }

  /** A copy of a document that shares no instance with it (through its JSON form). */
  private static Document copy(Document d) {
    return io.github.vanban.core.json.ExtractionJson.readDocument(io.github.vanban.core.json.ExtractionJson.document(d));
  }

  @Property(tries = 200)
  void equalValuesAreSharedWithoutChangingAnyAnswer(@ForAll("corpora") List<Document> docs) {
    List<Document> copies = docs.stream().map(CorpusProperties::copy).collect(Collectors.toList());
    assertEquals(docs, copies);
    Corpus original = Corpus.of(docs);
    Corpus copied = Corpus.of(copies);
    assertEquals(original.documents(), copied.documents());
    assertEquals(copies, copied.documents());
    assertEquals(shape(original), shape(copied));
    assertEquals(original.obligations().asOf(LocalDate.of(2020, 1, 1)).rows(),
        copied.obligations().asOf(LocalDate.of(2020, 1, 1)).rows());
    // every document found from the instance added, or from an equal one
    for (int i = 0; i < docs.size(); i++) {
      assertEquals(original.citations().nodeOf(docs.get(i)), copied.citations().nodeOf(copies.get(i)));
      assertEquals(original.citations().nodeOf(docs.get(i)), copied.citations().nodeOf(docs.get(i)));
    }
    // equal agencies and deadlines are one instance across the documents of the corpus
    java.util.Map<Object, Object> first = new java.util.HashMap<>();
    for (Document d : copied.documents()) {
      for (ReportingObligation r : d.reporting()) {
        for (Object v : List.of(r.reporter(), r.recipient(), r.deadline())) {
          assertTrue(first.computeIfAbsent(v, k -> v) == v, "one instance of " + v);
        }
      }
    }
  }

  @Property(tries = 200)
  void placeholdersAreReplacedByTheDocuments(@ForAll("corpora") List<Document> docs) {
    Corpus c = Corpus.of(docs);
    Set<String> inCorpus = docs.stream().map(d -> d.number().get().key()).collect(Collectors.toSet());
    Set<String> cited = new HashSet<>();
    docs.forEach(d -> d.citations().forEach(x -> cited.add(x.number().get().key())));
    for (DocumentNode n : c.citations().graph().vertexSet()) {
      String key = n.number().get().key();
      assertEquals(!inCorpus.contains(key), n.placeholder(), n.toString());
    }
    Set<String> all = new HashSet<>(inCorpus);
    all.addAll(cited);
    assertEquals(all.size(), c.citations().graph().vertexSet().size(), "one vertex per document, either spelling");
    for (Document d : docs) {
      assertFalse(c.citations().nodeOf(d).orElseThrow().placeholder());
    }
  }

  @Property(tries = 100)
  void incrementalBuildEqualsBuildingAtOnce(@ForAll("corpora") List<Document> docs, @ForAll @IntRange(min = 0, max = 10) int cut) {
    int k = Math.min(cut, docs.size());
    Corpus first = Corpus.of(docs.subList(0, k));
    Corpus both = first.toBuilder().addAll(docs.subList(k, docs.size())).build();
    assertEquals(shape(Corpus.of(docs)), shape(both));
  }

  record Flat(String reporter, String recipient, Optional<LocalDate> due, String document, int at) {}

  static Flat flat(ObligationRow r) {
    return new Flat(r.reporter().key(), r.recipient().key(), r.nextDue(), r.document().number().get().key(),
        r.obligation().span().start());
  }

  static List<Flat> sorted(List<Flat> rows) {
    List<Flat> s = new ArrayList<>(rows);
    s.sort(java.util.Comparator.comparing(Flat::toString));
    return s;
  }

  /**
   * The lookups by reporter, recipient, intermediary and document are the reporting edges that
   * concern the body or document, in the order a stable sort by document, then span, gives
   * (the lookups are built in parallel without sorting per body).
   */
  @Property(tries = 200)
  void reportingLookupsAreTheEdgesInDocumentOrder(@ForAll("corpora") List<Document> docs) {
    // Every other document states its obligations last first, so that place and order differ.
    List<Document> mixed = new ArrayList<>();
    for (int i = 0; i < docs.size(); i++) {
      Document d = docs.get(i);
      mixed.add(i % 2 == 0 ? d : Document.builder().from(d).reporting(d.reporting().reverse()).build());
    }
    var g = Corpus.of(mixed).agencies();
    java.util.Comparator<io.github.vanban.graph.agency.ReportingEdge> order = java.util.Comparator
        .comparing(io.github.vanban.graph.agency.ReportingEdge::document).thenComparing(e -> e.obligation().span());
    for (var n : g.nodes()) {
      assertEquals(g.reporting().stream().filter(e -> e.from().equals(n)).sorted(order).collect(Collectors.toList()),
          g.reportsFrom(n));
      assertEquals(g.reporting().stream().filter(e -> e.to().equals(n)).sorted(order).collect(Collectors.toList()),
          g.reportsTo(n));
      assertEquals(g.reporting().stream().filter(e -> e.via().equals(Optional.of(n))).sorted(order)
          .collect(Collectors.toList()), g.reportsVia(n));
    }
    for (var d : g.reporting().stream().map(e -> e.document()).collect(Collectors.toSet())) {
      assertEquals(g.reporting().stream().filter(e -> e.document().equals(d)).collect(Collectors.toList()),
          g.reportsIn(d));
    }
  }

  @Property(tries = 200)
  void obligationsAgreeWithAScanOfTheDocuments(@ForAll("corpora") List<Document> docs,
      @ForAll @IntRange(min = 0, max = 6) int who, @ForAll @IntRange(min = 0, max = 1200) int day,
      @ForAll boolean byReporter) {
    Corpus c = Corpus.of(docs);
    Agency a = AGENCIES.get(who);
    LocalDate asOf = LocalDate.of(2019, 6, 1).plusDays(day);
    var q = c.obligations().asOf(asOf);
    q = byReporter ? q.reporter(a.name()) : q.recipient(a.name());
    List<Flat> expected = new ArrayList<>();
    for (Document d : docs) {
      for (ReportingObligation r : d.reporting()) {
        Agency side = byReporter ? r.reporter() : r.recipient();
        if (side.key().equals(a.key())) {
          expected.add(new Flat(r.reporter().key(), r.recipient().key(), r.deadline().nextDue(asOf),
              d.number().get().key(), r.span().start()));
        }
      }
    }
    assertEquals(sorted(expected), sorted(q.stream().map(CorpusProperties::flat).collect(Collectors.toList())));
  }

  @Property(tries = 200)
  void documentAndInvolvingQueriesAgreeWithAScan(@ForAll("corpora") List<Document> docs,
      @ForAll @IntRange(min = 0, max = POOL - 1) int target, @ForAll boolean otherSpelling,
      @ForAll @IntRange(min = 0, max = 6) int who, @ForAll @IntRange(min = 0, max = 2) int combine) {
    Corpus c = Corpus.of(docs);
    LocalDate asOf = LocalDate.of(2020, 1, 1);
    String documentKey = DocumentNumber.keyOf(number(target, false));
    Agency a = AGENCIES.get(who);
    var q = c.obligations().asOf(asOf);
    // 0: the document alone; 1: an agency involved, then the document; 2: the document, then the reporter.
    q = combine == 0 ? q.document(number(target, otherSpelling))
        : combine == 1 ? q.involving(a.name()).document(number(target, otherSpelling))
        : q.document(number(target, otherSpelling)).reporter(a.name());
    List<Flat> expected = new ArrayList<>();
    for (Document d : docs) {
      if (!d.number().get().key().equals(documentKey)) {
        continue;
      }
      for (ReportingObligation r : d.reporting()) {
        boolean agency = combine == 0
            || (combine == 1 && (r.reporter().key().equals(a.key()) || r.recipient().key().equals(a.key())))
            || (combine == 2 && r.reporter().key().equals(a.key()));
        if (agency) {
          expected.add(new Flat(r.reporter().key(), r.recipient().key(), r.deadline().nextDue(asOf),
              d.number().get().key(), r.span().start()));
        }
      }
    }
    assertEquals(sorted(expected), sorted(q.stream().map(CorpusProperties::flat).collect(Collectors.toList())));
  }

  @Property(tries = 100)
  void dueBetweenAgreesWithADayByDayScan(@ForAll("corpora") List<Document> docs,
      @ForAll @IntRange(min = 0, max = 900) int start, @ForAll @IntRange(min = 0, max = 500) int length) {
    Corpus c = Corpus.of(docs);
    LocalDate from = LocalDate.of(2019, 6, 1).plusDays(start);
    LocalDate to = from.plusDays(length);
    List<Flat> expected = new ArrayList<>();
    for (Document d : docs) {
      for (ReportingObligation r : d.reporting()) {
        for (LocalDate x = from; !x.isAfter(to); x = x.plusDays(1)) {
          if (r.deadline().nextDue(x).equals(Optional.of(x))) {
            expected.add(new Flat(r.reporter().key(), r.recipient().key(), Optional.of(x), d.number().get().key(),
                r.span().start()));
          }
        }
      }
    }
    List<Flat> actual = c.obligations().dueBetween(from, to).stream().map(CorpusProperties::flat)
        .collect(Collectors.toList());
    assertEquals(sorted(expected), sorted(actual));
    for (int i = 1; i < actual.size(); i++) {
      assertTrue(!actual.get(i).due().get().isBefore(actual.get(i - 1).due().get()), "sorted by due day");
    }
  }

  @Property(tries = 200)
  void cascadeHoldsExactlyTheDocumentsThatReachTheRoot(@ForAll("corpora") List<Document> docs,
      @ForAll @IntRange(min = 0, max = POOL - 1) int root) {
    Corpus c = Corpus.of(docs);
    String rootKey = DocumentNumber.keyOf(number(root, false));
    if (c.citations().find(number(root, false)).isEmpty()) {
      return;
    }
    // fixpoint over the documents: whoever implements or copies a member joins
    Set<String> members = new HashSet<>();
    boolean grew = true;
    while (grew) {
      grew = false;
      for (Document d : docs) {
        String key = d.number().get().key();
        if (key.equals(rootKey) || members.contains(key)) {
          continue;
        }
        for (Citation x : d.citations()) {
          String cited = x.number().get().key();
          if ((x.relation() == Relation.IMPLEMENTS || x.relation() == Relation.COPY_OF)
              && (cited.equals(rootKey) || members.contains(cited))) {
            members.add(key);
            grew = true;
            break;
          }
        }
      }
    }
    Set<String> actual = c.cascade(number(root, true)).documents().stream().map(n -> n.number().get().key())
        .collect(Collectors.toSet());
    assertEquals(members, actual);
    assertEquals(members.size(), c.cascade(number(root, false)).documents().size(), "each document once");
  }

  @Property(tries = 100)
  void lineageOnlyClimbsAlongImplementsOrCopies(@ForAll("corpora") List<Document> docs) {
    Corpus c = Corpus.of(docs);
    for (Document d : docs) {
      var steps = c.lineage(d.number().get().printed()).steps();
      for (int i = 0; i + 1 < steps.size(); i++) {
        DocumentNode from = steps.get(i).document();
        DocumentNode to = steps.get(i + 1).document();
        Relation rel = steps.get(i).relation().orElseThrow();
        assertTrue(c.citations().graph().getAllEdges(from, to).stream().anyMatch(e -> e.relation() == rel));
        assertTrue(rel == Relation.IMPLEMENTS || rel == Relation.COPY_OF);
      }
      assertEquals(steps.size(), steps.stream().map(s -> s.document().id()).distinct().count(), "no cycle");
    }
  }

}
