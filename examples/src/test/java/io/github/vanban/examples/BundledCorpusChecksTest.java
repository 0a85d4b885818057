package io.github.vanban.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vanban.core.Relation;
import io.github.vanban.core.deadline.Deadline;
import io.github.vanban.core.text.Fold;
import io.github.vanban.graph.Corpus;
import io.github.vanban.graph.citation.DocumentNode;
import io.github.vanban.graph.query.Cascade;
import io.github.vanban.graph.query.CascadeNode;
import io.github.vanban.graph.query.ObligationRow;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The checks of issue 5 on the bundled real documents, parsed by the standard parser: the
 * cascade of Chỉ thị 38-CT/TW, the Đồng Nai reports owed to Sở Ngoại vụ each 15 November,
 * and Kiên Giang's periodic report.
 */
class BundledCorpusChecksTest {
  private static final Corpus CORPUS = BundledCorpus.load();

  private static String numbers(List<CascadeNode> nodes) {
    return nodes.stream().map(n -> n.document().numberText()).collect(Collectors.joining(", "));
  }

  @Test
  void cascadeOf38() {
    Cascade cascade = CORPUS.cascade("38-CT/TW");
    CascadeNode root = cascade.root();
    assertFalse(root.document().placeholder(), "the directive itself is in the corpus");
    CascadeNode tu = root.child("8485-CV/TU").orElseThrow(() -> new AssertionError(cascade.toString()));
    assertEquals(Relation.IMPLEMENTS, tu.relation().orElseThrow());
    assertTrue(tu.child("3935/KH-UBND").isPresent(), numbers(tu.children()));
    assertTrue(tu.child("508/STP-VP").isPresent(), numbers(tu.children()));
    assertEquals(Relation.IMPLEMENTS, root.child("539/UBND-VHXH").orElseThrow(() -> new AssertionError(cascade.toString()))
        .relation().orElseThrow());
    assertEquals(Relation.COPY_OF, root.child("187-BS/ĐUK").orElseThrow(() -> new AssertionError(cascade.toString()))
        .relation().orElseThrow());
    DocumentNode canTho = root.children().stream().map(CascadeNode::document)
        .filter(d -> !d.placeholder() && d.document().get().source().startsWith("seed-003"))
        .findFirst().orElseThrow(() -> new AssertionError("no Cần Thơ letter under 38-CT/TW:\n" + cascade));
    assertEquals("can tho", Fold.fold(canTho.locality().orElse("")), canTho.toString());
  }

  @Test
  void lineageOfThePlanClimbsThroughTheProvincialPartyLetter() {
    assertEquals(List.of("3935/KH-UBND", "8485-CV/TU", "38-CT/TW"), CORPUS.lineage("3935/KH-UBND").documents()
        .stream().map(DocumentNode::numberText).collect(Collectors.toList()));
  }

  private static List<ObligationRow> owedToSoNgoaiVu(LocalDate asOf) {
    return CORPUS.obligations().recipient("Sở Ngoại vụ tỉnh Đồng Nai").asOf(asOf).rows();
  }

  private static void departmentsAndDistrictsOwe(LocalDate asOf, LocalDate due) {
    List<ObligationRow> rows = owedToSoNgoaiVu(asOf).stream()
        .filter(r -> r.nextDue().equals(java.util.Optional.of(due))).collect(Collectors.toList());
    String all = CORPUS.obligations().recipient("Sở Ngoại vụ tỉnh Đồng Nai").asOf(asOf).toString();
    assertTrue(rows.stream().anyMatch(r -> r.reporter().key().startsWith("cac so ban nganh")
        && r.reporter().key().endsWith("dong nai")), all);
    assertTrue(rows.stream().anyMatch(r -> r.reporter().key().startsWith("uy ban nhan dan cac huyen")
        && r.reporter().key().endsWith("dong nai")), all);
  }

  @Test
  void departmentsAndDistrictCommitteesOfDongNaiReportToSoNgoaiVuEachNovember() {
    departmentsAndDistrictsOwe(LocalDate.of(2020, 5, 1), LocalDate.of(2020, 11, 15));
    departmentsAndDistrictsOwe(LocalDate.of(2020, 11, 16), LocalDate.of(2021, 11, 15));
  }

  @Test
  void soNoiVuKienGiangReportsPeriodicallyToTheProvincialPeoplesCommittee() {
    var rows = CORPUS.obligations().reporter("Sở Nội vụ tỉnh Kiên Giang").recipient("Ủy ban nhân dân tỉnh Kiên Giang");
    assertTrue(rows.stream().anyMatch(r -> r.deadline().kind() == Deadline.Kind.PERIODIC),
        CORPUS.obligations().document("539/UBND-VHXH").toString());
  }
}
