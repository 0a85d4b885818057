package io.github.vanban.graph;

import static io.github.vanban.graph.Fixtures.*;
import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.vanban.core.Relation;
import io.github.vanban.graph.citation.DocumentNode;
import io.github.vanban.graph.query.Cascade;
import io.github.vanban.graph.query.CascadeNode;
import io.github.vanban.graph.query.Coverage;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CascadeTest {
  private final Corpus corpus = Corpus.of(ALL);

  @Test
  void documentsStandUnderTheDeepestDocumentTheyImplement() {
    Cascade cascade = corpus.cascade("38-CT/TW");
    CascadeNode root = cascade.root();
    assertEquals("38-CT/TW", root.document().numberText());
    CascadeNode tu = root.child("8485-CV/TU").orElseThrow();
    assertEquals(Relation.IMPLEMENTS, tu.relation().orElseThrow());
    assertEquals(List.of("508/STP-VP", "3935/KH-UBND"),
        tu.children().stream().map(n -> n.document().numberText()).collect(Collectors.toList()));
    assertEquals(Relation.COPY_OF, root.child("187-BS/ĐUK").orElseThrow().relation().orElseThrow());
    assertTrue(root.child("539/UBND-VHXH").isPresent());
    assertTrue(root.children().stream().anyMatch(n -> CAN_THO.equals(n.document().document().orElse(null))));
    // 28-CT/TW is only referenced: not part of the cascade
    assertTrue(cascade.find("28-CT/TW").isEmpty());
    assertEquals(6, cascade.documents().size());
  }

  @Test
  void childrenAreOldestFirstAndDepthsCount() {
    Cascade cascade = corpus.cascade("38-CT/TW");
    for (CascadeNode n : cascade.nodes()) {
      for (int i = 1; i < n.children().size(); i++) {
        assertTrue(n.children().get(i - 1).document().compareTo(n.children().get(i).document()) <= 0);
      }
      n.children().forEach(c -> assertEquals(n.depth() + 1, c.depth()));
    }
  }

  @Test
  void tableAndJson() {
    Cascade cascade = corpus.cascade("38/CT-TW");
    String table = cascade.toString();
    assertTrue(table.contains("  └ 3935/KH-UBND"), table);
    assertTrue(table.contains("Ban Thường vụ Thành ủy Cần Thơ"), table);
    JsonNode json = cascade.toJson();
    assertEquals("38-CT/TW", json.get("number").asText());
    assertEquals("CHI_THI", json.get("type").asText());
    assertTrue(json.get("relation").isNull());
    JsonNode first = json.get("children").get(0);
    for (String field : List.of("number", "type", "issuer", "date", "relation", "children")) {
      assertTrue(first.has(field), field);
    }
  }

  @Test
  void lineageClimbsTheChainOfCommand() {
    List<String> path = corpus.lineage("3935/KH-UBND").documents().stream().map(DocumentNode::numberText)
        .collect(Collectors.toList());
    assertEquals(List.of("3935/KH-UBND", "8485-CV/TU", "38-CT/TW"), path);
    assertEquals(List.of("187-BS/ĐUK", "38-CT/TW"), corpus.lineage("187-BS/ĐUK").documents().stream()
        .map(DocumentNode::numberText).collect(Collectors.toList()));
    assertEquals(1, corpus.lineage("38-CT/TW").steps().size());
  }

  @Test
  void coverageOfACentralDirectiveListsProvincesOfItsDay() {
    Coverage cov = corpus.coverage("38-CT/TW");
    assertEquals(63, cov.provinces().size());
    assertEquals(List.of("Cần Thơ", "Kiên Giang", "Tuyên Quang", "Đồng Nai"),
        cov.coveredProvinces().stream().map(Coverage.Row::name).sorted().collect(Collectors.toList()));
    assertEquals(59, cov.uncoveredProvinces().size());
    assertTrue(cov.toString().contains("4 of 63 provinces"), cov.toString());
  }

  @Test
  void coverageOfAddresseesOfALocalDirective() {
    Coverage cov = corpus.coverage("3935/KH-UBND");
    assertTrue(cov.provinces().isEmpty());
    // the plan addresses Sở Ngoại vụ (task lead), which has issued nothing under it yet
    Coverage.Row row = cov.addressees().stream().filter(r -> r.name().equals("Sở Ngoại vụ tỉnh Đồng Nai"))
        .findFirst().orElseThrow();
    assertFalse(row.covered());
  }

  @Test
  void coverageCountsAMemberOfAnAddressedGroup() {
    Corpus c = Corpus.of(List.of(CV_8485, STP_508));
    // 8485-CV/TU addresses the departments of Đồng Nai as a group: Sở Tư pháp's letter covers it
    io.github.vanban.core.Document addressing = io.github.vanban.core.Document.builder().from(CV_8485)
        .addTasks(task(CAC_SO_DN, 300)).build();
    Coverage cov = Corpus.of(List.of(addressing, STP_508)).coverage("8485-CV/TU");
    Coverage.Row group = cov.addressees().stream().filter(r -> r.name().equals(CAC_SO_DN.name())).findFirst()
        .orElseThrow();
    assertEquals(List.of("508/STP-VP"), group.documents().stream().map(DocumentNode::numberText)
        .collect(Collectors.toList()));
    assertNotNull(c);
  }
}
