package io.github.vanban.graph;

import static io.github.vanban.graph.Fixtures.*;
import static org.junit.jupiter.api.Assertions.*;

import io.github.vanban.core.Citation;
import io.github.vanban.core.Document;
import io.github.vanban.core.DocumentNumber;
import io.github.vanban.core.DocumentType;
import io.github.vanban.core.ImmutableDocumentNumber;
import io.github.vanban.core.Relation;
import io.github.vanban.graph.citation.CitationEdge;
import io.github.vanban.graph.citation.DocumentNode;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import org.jgrapht.Graph;
import org.junit.jupiter.api.Test;

class CitationGraphTest {

  @Test
  void spellingsOfOneNumberAreOneVertex() {
    Corpus c = Corpus.of(ALL);
    DocumentNode directive = c.document("38-CT/TW");
    assertSame(directive, c.document("38/CT-TW"));
    assertSame(directive, c.document("Số 38-CT/TW"));
    assertSame(directive, c.document("Chỉ thị 38"));
    assertSame(directive, c.document("Chỉ thị số 38"));
    assertFalse(directive.placeholder());
    // 8485-CV/TU cites it as 38/CT-TW: the edge still lands on the one vertex
    Set<String> citers = c.citations().citedBy(directive).stream().map(e -> e.citing().numberText())
        .collect(Collectors.toSet());
    assertTrue(citers.contains("8485-CV/TU"), citers.toString());
    assertEquals(1, c.citations().nodes().stream().filter(n -> n.id().equals("38CTTW")).count());
  }

  @Test
  void citedButAbsentDocumentIsAPlaceholderReplacedWhenAdded() {
    Corpus without = Corpus.of(java.util.List.of(KH_3935));
    DocumentNode cited = without.document("8485-CV/TU");
    assertTrue(cited.placeholder());
    assertEquals(LocalDate.of(2020, 2, 17), cited.date().orElseThrow());
    assertEquals(TINH_UY_DN, cited.issuer().orElseThrow());
    assertEquals(DocumentType.CONG_VAN, cited.type());

    Corpus with = without.toBuilder().add(CV_8485).build();
    DocumentNode real = with.document("8485-CV/TU");
    assertFalse(real.placeholder());
    assertEquals(CV_8485, real.document().orElseThrow(), "the document added (with its values shared)");
    assertEquals(cited, real, "same vertex identity");
    // one vertex more: the 28-CT/TW that 8485-CV/TU cites, not a second 8485-CV/TU
    assertEquals(without.citations().graph().vertexSet().size() + 1, with.citations().graph().vertexSet().size());
    assertTrue(with.document("28-CT/TW").placeholder());
    assertTrue(with.citations().graph().containsEdge(with.document("3935/KH-UBND"), real));
  }

  @Test
  void shortFormWithoutSymbolJoinsTheFullNumber() {
    DocumentNumber shortForm = ImmutableDocumentNumber.builder().printed("38").sequence("38").party(false).build();
    Document letter = Document.builder().number(DocumentNumber.of("12/UBND-VP")).type(DocumentType.CONG_VAN)
        .issuer(UBND_KG).date(LocalDate.of(2020, 5, 1))
        .addCitations(Citation.builder().number(shortForm).type(DocumentType.CHI_THI)
            .relation(Relation.IMPLEMENTS).span(span("Chỉ thị 38")).build())
        .span(span("12/UBND-VP")).build();
    Corpus c = Corpus.of(java.util.List.of(letter, CV_539)); // the full form comes second
    DocumentNode target = c.document("38-CT/TW");
    assertTrue(c.citations().graph().containsEdge(c.document("12/UBND-VP"), target));
    assertEquals(1, c.citations().nodes().stream().filter(n -> n.number().map(DocumentNumber::sequence)
        .orElse("").equals("38")).count());
  }

  @Test
  void oneNumberInTwoProvincesOrYearsIsTwoDocuments() {
    Document kg = Document.builder().number(DocumentNumber.of("539/UBND-VHXH")).type(DocumentType.CONG_VAN)
        .issuer(UBND_KG).date(LocalDate.of(2020, 4, 17)).span(span("a")).build();
    Document dn = Document.builder().number(DocumentNumber.of("539/UBND-VHXH")).type(DocumentType.CONG_VAN)
        .issuer(UBND_DN).date(LocalDate.of(2020, 4, 17)).span(span("b")).build();
    Document kgLater = Document.builder().number(DocumentNumber.of("539/UBND-VHXH")).type(DocumentType.CONG_VAN)
        .issuer(UBND_KG).date(LocalDate.of(2021, 3, 2)).span(span("c")).build();
    Corpus c = Corpus.of(java.util.List.of(kg, dn, kgLater));
    assertEquals(3, c.citations().graph().vertexSet().size());
    assertEquals(3, c.citations().nodes().stream().map(DocumentNode::id).distinct().count());
  }

  @Test
  void numberlessDocumentIsItsOwnVertex() {
    Corpus c = Corpus.of(ALL);
    DocumentNode canTho = c.citations().nodeOf(CAN_THO).orElseThrow();
    assertFalse(canTho.placeholder());
    assertTrue(canTho.number().isEmpty());
    assertEquals("Cần Thơ", canTho.locality().orElseThrow());
  }

  @Test
  void graphViewIsPlainAndUnmodifiable() {
    Graph<DocumentNode, CitationEdge> g = Corpus.of(ALL).citations().graph();
    DocumentNode any = g.vertexSet().iterator().next();
    assertThrows(UnsupportedOperationException.class, () -> g.removeVertex(any));
    // 7 documents and the cited-only 28-CT/TW, 04-CT/TW, 1039-CV/TU
    assertEquals(10, g.vertexSet().size());
    assertEquals(3, g.vertexSet().stream().filter(DocumentNode::placeholder).count());
  }

  @Test
  void unknownReferenceIsACallerError() {
    Corpus c = Corpus.of(ALL);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> c.document("99-CT/TW"));
    assertTrue(e.getMessage().contains("99-CT/TW"));
  }
}
