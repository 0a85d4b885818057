package io.github.vanban.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.vanban.core.Agency;
import io.github.vanban.core.AgencyKind;
import io.github.vanban.core.Authority;
import io.github.vanban.core.Citation;
import io.github.vanban.core.Diagnostic;
import io.github.vanban.core.Document;
import io.github.vanban.core.DocumentNumber;
import io.github.vanban.core.DocumentType;
import io.github.vanban.core.Extraction;
import io.github.vanban.core.Level;
import io.github.vanban.core.Receipt;
import io.github.vanban.core.Relation;
import io.github.vanban.core.ReportingObligation;
import io.github.vanban.core.Signer;
import io.github.vanban.core.Span;
import io.github.vanban.core.Task;
import io.github.vanban.core.deadline.Deadline;
import io.github.vanban.core.deadline.Period;
import io.github.vanban.core.deadline.RecurrenceRule;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class ExtractionJsonTest {
  private static final String SOURCE =
      "ỦY BAN NHÂN DÂN TỈNH KIÊN GIANG Số: 539 /UBND-VHXH Kiên Giang, ngày 17 tháng 4 năm 2020 "
          + "Giao Sở Nội vụ phối hợp các sở, ban, ngành liên quan theo dõi, định kỳ báo cáo Ủy ban nhân dân tỉnh.";

  private static final Agency PROVINCE = Agency.builder().name("Ủy ban nhân dân tỉnh Kiên Giang")
      .kind(AgencyKind.GOVERNMENT).level(Level.PROVINCIAL).locality("Kiên Giang").build();
  private static final Agency NOI_VU = Agency.builder().name("Sở Nội vụ tỉnh Kiên Giang")
      .kind(AgencyKind.DEPARTMENT).level(Level.DEPARTMENT).locality("Kiên Giang").parent(PROVINCE).build();

  @Test
  void writesTheFieldsOfTheFormat() throws Exception {
    Document d = Document.builder()
        .number(DocumentNumber.of("539/UBND-VHXH"))
        .type(DocumentType.CONG_VAN)
        .issuer(PROVINCE)
        .level(Level.PROVINCIAL)
        .place("Kiên Giang")
        .date(LocalDate.of(2020, 4, 17))
        .addRecipients("Các sở, ban, ngành cấp tỉnh")
        .signer(Signer.builder().name("Đỗ Thanh Bình").title("Phó Chủ tịch").authority(Authority.KT)
            .span(Span.in(SOURCE, 0, 5)).build())
        .addReporting(ReportingObligation.builder().reporter(NOI_VU).recipient(PROVINCE)
            .deadline(Deadline.periodic(null, "định kỳ")).text("định kỳ báo cáo Ủy ban nhân dân tỉnh")
            .span(Span.in(SOURCE, 150, 160)).build())
        .span(Span.in(SOURCE, 0, SOURCE.length()))
        .build();
    String json = ExtractionJson.write(Extraction.builder().source("seed-000.txt").addDocuments(d).build());
    JsonNode root = new ObjectMapper().readTree(json);
    assertEquals("vanban-extract/1", root.get("format").asText());
    JsonNode doc = root.get("documents").get(0);
    assertEquals("539/UBND-VHXH", doc.get("number").asText());
    assertEquals("CONG_VAN", doc.get("type").asText());
    assertEquals("Ủy ban nhân dân tỉnh Kiên Giang", doc.get("issuer").asText());
    assertEquals("2020-04-17", doc.get("date").asText());
    assertTrue(doc.get("subject").isNull());
    assertEquals("KT", doc.get("signer").get("authority").asText());
    JsonNode r = doc.get("reporting").get(0);
    assertEquals("Sở Nội vụ tỉnh Kiên Giang", r.get("reporter").asText());
    assertTrue(r.get("via").isNull());
    assertEquals("PERIODIC", r.get("deadline").get("kind").asText());
    assertTrue(r.get("deadline").get("period").isNull());
    // the parent of the reporter is written into the registry too
    assertEquals(2, doc.get("agencies").size());
  }

  @Test
  void rejectsOtherFormatsWithAClearMessage() {
    JsonFormatException e = assertThrows(JsonFormatException.class,
        () -> ExtractionJson.read("{\"format\": \"other/2\"}"));
    assertTrue(e.getMessage().contains("vanban-extract/1"), e.getMessage());
    assertThrows(JsonFormatException.class, () -> ExtractionJson.read("{not json"));
    assertThrows(JsonFormatException.class, () -> ExtractionJson.read(
        "{\"format\": \"vanban-extract/1\", \"documents\": [{\"type\": \"NO_SUCH_TYPE\"}]}"));
  }

  @Property(tries = 300)
  void roundTripsEveryModel(@ForAll("extractions") Extraction x) {
    assertEquals(x, ExtractionJson.read(ExtractionJson.write(x)));
  }

  @Property(tries = 200)
  void roundTripsEveryDeadline(@ForAll("deadlines") Deadline d) {
    assertEquals(d, ExtractionJson.readDeadline(ExtractionJson.deadline(d)));
  }

  // ---- generators -------------------------------------------------------------------

  @Provide
  Arbitrary<Extraction> extractions() {
    return Combinators.combine(text(), documents().list().ofMaxSize(3), diagnostics().list().ofMaxSize(2))
        .as((source, docs, diags) -> Extraction.builder().source(source).addAllDocuments(docs)
            .addAllDiagnostics(diags).build());
  }

  @Provide
  Arbitrary<Deadline> deadlines() {
    Arbitrary<String> text = text();
    return Arbitraries.oneOf(
        Combinators.combine(dates(), text).as(Deadline::on),
        Combinators.combine(rules(), text).as(Deadline::recurring),
        Combinators.combine(Arbitraries.of(Period.class).injectNull(0.3), text).as(Deadline::periodic),
        text.map(Deadline::onEvent),
        Arbitraries.just(Deadline.none()));
  }

  private Arbitrary<RecurrenceRule> rules() {
    return Arbitraries.oneOf(
        Combinators.combine(Arbitraries.integers().between(1, 12), Arbitraries.integers().between(1, 28))
            .as(RecurrenceRule::yearly),
        Arbitraries.integers().between(-5, 31).filter(d -> d != 0).map(RecurrenceRule::monthly),
        Arbitraries.just(RecurrenceRule.daily()),
        Arbitraries.of(java.time.DayOfWeek.class).map(RecurrenceRule::weekly));
  }

  private Arbitrary<Document> documents() {
    Arbitrary<List<Agency>> pool = agencies().list().ofMinSize(1).ofMaxSize(4)
        .uniqueElements(Agency::name);
    return pool.flatMap(agencies -> {
      Arbitrary<Agency> agency = Arbitraries.of(agencies);
      return Builders.withBuilder(Document::builder)
          .use(numbers()).withProbability(0.8).in((b, n) -> b.number(n))
          .use(Arbitraries.of(DocumentType.class)).in((b, t) -> b.type(t))
          .use(agency).withProbability(0.8).in((b, a) -> b.issuer(a))
          .use(Arbitraries.of(Level.class)).in((b, l) -> b.level(l))
          .use(text()).withProbability(0.7).in((b, p) -> b.place(p))
          .use(dates()).withProbability(0.7).in((b, d) -> b.date(d))
          .use(text()).withProbability(0.7).in((b, s) -> b.subject(s))
          .use(text().list().ofMaxSize(3)).in((b, r) -> b.addAllRecipients(r))
          .use(text().list().ofMaxSize(3)).in((b, r) -> b.addAllDistribution(r))
          .use(signers()).withProbability(0.6).in((b, s) -> b.signer(s))
          .use(citations(agency).list().ofMaxSize(3)).in((b, c) -> b.addAllCitations(c))
          .use(tasks(agency).list().ofMaxSize(3)).in((b, t) -> b.addAllTasks(t))
          .use(obligations(agency).list().ofMaxSize(3)).in((b, r) -> b.addAllReporting(r))
          .use(receipts().list().ofMaxSize(2)).in((b, r) -> b.addAllReceipts(r))
          .use(Arbitraries.maps(Arbitraries.of(Document.Field.class), spans()).ofMaxSize(3))
          .in((b, m) -> b.putAllSpans(m))
          .use(spans().list().ofMaxSize(3)).in((b, u) -> b.addAllUnparsed(u))
          .use(spans()).in((b, s) -> b.span(s))
          .use(text()).in((b, s) -> b.source(s))
          .build(b -> b.build());
    });
  }

  private Arbitrary<Agency> agencies() {
    // Within a document one name stands for one agency (the codec's contract): a parent is a
    // function of its name, under a prefix that no other generated name has.
    Arbitrary<Agency> parent = names().map(n -> Agency.builder().name("Cấp trên " + n)
        .kind(AgencyKind.GOVERNMENT).level(Level.PROVINCIAL).build());
    return Builders.withBuilder(Agency::builder)
        .use(names()).in((b, n) -> b.name(n))
        .use(Arbitraries.of(AgencyKind.class)).in((b, k) -> b.kind(k))
        .use(Arbitraries.of(Level.class)).in((b, l) -> b.level(l))
        .use(names()).withProbability(0.5).in((b, l) -> b.locality(l))
        .use(parent).withProbability(0.3).in((b, p) -> b.parent(p))
        .build(b -> b.build());
  }

  private Arbitrary<Citation> citations(Arbitrary<Agency> agency) {
    return Builders.withBuilder(Citation::builder)
        .use(numbers()).withProbability(0.8).in((b, n) -> b.number(n))
        .use(Arbitraries.of(DocumentType.class)).in((b, t) -> b.type(t))
        .use(dates()).withProbability(0.7).in((b, d) -> b.date(d))
        .use(agency).withProbability(0.6).in((b, a) -> b.issuer(a))
        .use(text()).withProbability(0.3).in((b, t) -> b.title(t))
        .use(Arbitraries.of(Relation.class)).in((b, r) -> b.relation(r))
        .use(spans()).in((b, s) -> b.span(s))
        .build(b -> b.build());
  }

  private Arbitrary<Task> tasks(Arbitrary<Agency> agency) {
    return Combinators.combine(agency, agency.list().ofMaxSize(2), text(), deadlines(), spans())
        .as((lead, support, text, deadline, span) -> Task.builder().lead(lead).addAllSupport(support)
            .text(text).deadline(deadline).span(span).build());
  }

  private Arbitrary<ReportingObligation> obligations(Arbitrary<Agency> agency) {
    return Combinators.combine(agency, agency, agency.injectNull(0.5), text(), deadlines(), spans())
        .as((reporter, recipient, via, text, deadline, span) -> ReportingObligation.builder()
            .reporter(reporter).recipient(recipient).via(java.util.Optional.ofNullable(via))
            .text(text).deadline(deadline).span(span).build());
  }

  private Arbitrary<Signer> signers() {
    return Combinators.combine(names(), names().injectNull(0.3), Arbitraries.of(Authority.class).injectNull(0.3), spans())
        .as((name, title, authority, span) -> Signer.builder().name(name)
            .title(java.util.Optional.ofNullable(title)).authority(java.util.Optional.ofNullable(authority))
            .span(span).build());
  }

  private Arbitrary<Receipt> receipts() {
    return Combinators.combine(Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(5).injectNull(0.3),
            dates().injectNull(0.3), spans())
        .as((n, d, s) -> Receipt.builder().number(java.util.Optional.ofNullable(n))
            .date(java.util.Optional.ofNullable(d)).span(s).build());
  }

  private Arbitrary<Diagnostic> diagnostics() {
    return Combinators.combine(Arbitraries.of(Diagnostic.Severity.class), text(), spans().injectNull(0.5))
        .as((sev, msg, span) -> span == null ? Diagnostic.of(sev, msg) : Diagnostic.of(sev, msg, span));
  }

  private Arbitrary<DocumentNumber> numbers() {
    Arbitrary<String> seq = Arbitraries.integers().between(1, 9999).map(String::valueOf);
    Arbitrary<String> code = Arbitraries.of("KH", "QĐ", "CT", "CV", "BS", "NQ", "TB", "HD", "CTr", "TTr");
    Arbitrary<String> issuer = Arbitraries.of("UBND", "TW", "TU", "ĐUK", "TTg", "SNV", "VPCP", "BNG");
    Arbitrary<String> state = Combinators.combine(seq, code, issuer).as((s, c, i) -> s + "/" + c + "-" + i);
    Arbitrary<String> letter = Combinators.combine(seq, issuer, issuer).as((s, i, u) -> s + "/" + i + "-" + u);
    Arbitrary<String> normative = Combinators.combine(seq, Arbitraries.integers().between(1990, 2030), code, issuer)
        .as((s, y, c, i) -> s + "/" + y + "/" + c + "-" + i);
    Arbitrary<String> party = Combinators.combine(seq, code, issuer).as((s, c, i) -> s + "-" + c + "/" + i);
    return Arbitraries.oneOf(state, letter, normative, party).map(DocumentNumber::of);
  }

  private Arbitrary<Span> spans() {
    return Combinators.combine(Arbitraries.integers().between(0, 100_000), text())
        .as((start, t) -> Span.of(start, start + t.length(), t));
  }

  private Arbitrary<LocalDate> dates() {
    return Arbitraries.integers().between(0, 365 * 60).map(d -> LocalDate.of(1990, 1, 1).plusDays(d));
  }

  private Arbitrary<String> names() {
    return Arbitraries.oneOf(
        Arbitraries.of("Sở Nội vụ tỉnh Kiên Giang", "Ủy ban nhân dân tỉnh Đồng Nai", "Tỉnh ủy Đồng Nai",
            "Ban Bí thư Trung ương Đảng", "Các sở, ban, ngành tỉnh Đồng Nai", "Thành ủy Cần Thơ"),
        Arbitraries.strings().alpha().withChars("ăâđêôơưáàảãạốồổỗộ ").ofMinLength(1).ofMaxLength(20)
            .filter(s -> !s.isBlank()));
  }

  private Arbitrary<String> text() {
    return Arbitraries.oneOf(
        Arbitraries.strings().all().ofMaxLength(30),
        Arbitraries.strings().withChars("aăâbcdđeêghiklmnoôơpqrstuưvxyÁÀẢÃẠỦỶ \n\t\"\\/-.,;:").ofMaxLength(40));
  }
}
