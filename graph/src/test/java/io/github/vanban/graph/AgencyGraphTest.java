package io.github.vanban.graph;

import static io.github.vanban.graph.Fixtures.*;
import static org.junit.jupiter.api.Assertions.*;

import io.github.vanban.core.Agency;
import io.github.vanban.core.AgencyKind;
import io.github.vanban.core.Document;
import io.github.vanban.core.DocumentNumber;
import io.github.vanban.core.DocumentType;
import io.github.vanban.core.Level;
import io.github.vanban.graph.agency.AgencyEdge;
import io.github.vanban.graph.agency.AgencyNode;
import io.github.vanban.graph.agency.HierarchyEdge;
import io.github.vanban.graph.agency.ReportingEdge;
import io.github.vanban.graph.agency.Structure;
import io.github.vanban.graph.query.AgencyProfile;
import io.github.vanban.graph.query.AgencyRanking;
import io.github.vanban.graph.query.UpwardChain;
import java.util.List;
import java.util.stream.Collectors;
import org.jgrapht.Graph;
import org.junit.jupiter.api.Test;

class AgencyGraphTest {
  private final Corpus corpus = Corpus.of(ALL);

  @Test
  void oneVertexPerAgencyHoweverWritten() {
    Agency oldSpelling = Agency.of("Uỷ ban nhân dân tỉnh Đồng Nai");
    Document d = Document.builder().number(DocumentNumber.of("1/UBND-VP")).type(DocumentType.CONG_VAN)
        .issuer(oldSpelling).span(span("x")).build();
    Corpus c = corpus.toBuilder().add(d).build();
    assertEquals(corpus.agencies().graph().vertexSet().size(), c.agencies().graph().vertexSet().size());
    AgencyNode n = c.agencies().find("UY BAN NHAN DAN TINH DONG NAI").orElseThrow();
    assertEquals("Ủy ban nhân dân tỉnh Đồng Nai", n.name());
    assertEquals(AgencyKind.GOVERNMENT, n.kind());
  }

  @Test
  void hierarchyIsInferredFromTheStructureRulesAmongKnownBodies() {
    AgencyNode so = corpus.agency("Sở Ngoại vụ tỉnh Đồng Nai");
    List<HierarchyEdge> up = corpus.agencies().parents(so);
    assertEquals(1, up.size());
    assertEquals("Ủy ban nhân dân tỉnh Đồng Nai", up.get(0).to().name());
    assertFalse(up.get(0).declared());
    // the provincial People's Committee: under the Party committee that receives its report
    assertEquals("Ban Thường vụ Tỉnh ủy Đồng Nai",
        corpus.agencies().parents(corpus.agency("Ủy ban nhân dân tỉnh Đồng Nai")).get(0).to().name());
    assertEquals("Ban Bí thư Trung ương Đảng",
        corpus.agencies().parents(corpus.agency("Tỉnh ủy Kiên Giang")).get(0).to().name());
    // with no rules only declared parents count
    Corpus bare = Corpus.builder().addAll(ALL).structure(Structure.none()).build();
    assertTrue(bare.agencies().graph().edgeSet().stream().allMatch(e -> e instanceof ReportingEdge));
  }

  @Test
  void declaredParentWins() {
    Agency parent = Agency.builder().name("Văn phòng Ủy ban nhân dân tỉnh Đồng Nai").kind(AgencyKind.DEPARTMENT)
        .level(Level.DEPARTMENT).locality("Đồng Nai").build();
    Agency child = Agency.builder().name("Phòng Hành chính - Tổ chức").kind(AgencyKind.DEPARTMENT)
        .level(Level.DEPARTMENT).locality("Đồng Nai").parent(parent).build();
    Document d = Document.builder().number(DocumentNumber.of("2/VP-HCTC")).issuer(child).span(span("x")).build();
    Corpus c = corpus.toBuilder().add(d).build();
    List<HierarchyEdge> up = c.agencies().parents(c.agency("Phòng Hành chính - Tổ chức"));
    assertEquals(1, up.size());
    assertTrue(up.get(0).declared());
    assertEquals(parent.name(), up.get(0).to().name());
  }

  @Test
  void reportingEdgesCarryObligationDocumentAndSpan() {
    Graph<AgencyNode, AgencyEdge> g = corpus.agencies().graph();
    List<ReportingEdge> edges = g.getAllEdges(corpus.agency("Sở Nội vụ tỉnh Kiên Giang"),
        corpus.agency("Ủy ban nhân dân tỉnh Kiên Giang")).stream().filter(e -> e instanceof ReportingEdge)
        .map(e -> (ReportingEdge) e).collect(Collectors.toList());
    assertEquals(1, edges.size());
    assertEquals("539/UBND-VHXH", edges.get(0).document().numberText());
    assertEquals(650, edges.get(0).obligation().span().start());
    assertThrows(UnsupportedOperationException.class, () -> g.removeEdge(edges.get(0)));
  }

  @Test
  void upwardChainFollowsReportsThenHierarchy() {
    UpwardChain chain = corpus.chainUp("Các sở, ban, ngành tỉnh Đồng Nai");
    List<String> bodies = chain.bodies().stream().map(AgencyNode::name).collect(Collectors.toList());
    assertEquals(List.of("Sở Ngoại vụ tỉnh Đồng Nai", "Ủy ban nhân dân tỉnh Đồng Nai",
        "Ban Thường vụ Tỉnh ủy Đồng Nai", "Ban Bí thư Trung ương Đảng"), bodies);
    assertEquals(1, chain.hops().get(0).depth());
    assertTrue(chain.toString().contains("reports to"), chain.toString());
  }

  @Test
  void profileAndRanking() {
    AgencyProfile p = corpus.profile("Sở Ngoại vụ tỉnh Đồng Nai");
    assertEquals(1, p.leads().size());
    assertEquals(1, p.owes().size());
    assertEquals(2, p.receives().size());
    assertTrue(p.toString().contains("receives 2 report(s)"), p.toString());
    AgencyRanking top = corpus.ranking().top(2);
    assertEquals(2, top.rows().size());
    assertEquals("Sở Ngoại vụ tỉnh Đồng Nai", top.rows().get(0).agency().name());
    assertEquals(3, top.rows().get(0).obligations());
  }

  @Test
  void ambiguousAgencyNameIsACallerError() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> corpus.agency("ủy ban nhân dân"));
    assertTrue(e.getMessage().contains("agencies"), e.getMessage());
  }
}
