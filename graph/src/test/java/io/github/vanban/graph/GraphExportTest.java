package io.github.vanban.graph;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.vanban.graph.export.GraphExport;
import io.github.vanban.graph.export.GraphFormat;
import java.io.StringReader;
import java.io.StringWriter;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

class GraphExportTest {
  private final Corpus corpus = Corpus.of(Fixtures.ALL);

  private String citations(GraphFormat f) {
    StringWriter w = new StringWriter();
    GraphExport.citations(corpus.citations(), f, w);
    return w.toString();
  }

  private String agencies(GraphFormat f) {
    StringWriter w = new StringWriter();
    GraphExport.agencies(corpus.agencies(), f, w);
    return w.toString();
  }

  @Test
  void dot() {
    String dot = citations(GraphFormat.DOT);
    assertTrue(dot.startsWith("strict digraph") || dot.startsWith("digraph"), dot);
    assertTrue(dot.contains("\"8485CVTU\" -> \"38CTTW\""), dot);
    assertTrue(dot.contains("IMPLEMENTS"));
    assertTrue(agencies(GraphFormat.DOT).contains("\"so ngoai vu tinh dong nai\""));
  }

  @Test
  void graphmlIsWellFormedXml() throws Exception {
    for (String xml : new String[] {citations(GraphFormat.GRAPHML), agencies(GraphFormat.GRAPHML)}) {
      var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
      assertTrue(doc.getElementsByTagName("node").getLength() > 0);
      assertTrue(doc.getElementsByTagName("edge").getLength() > 0);
    }
  }

  @Test
  void jsonHasNodesAndEdgesWithAttributes() throws Exception {
    JsonNode json = new ObjectMapper().readTree(citations(GraphFormat.JSON));
    assertEquals(corpus.citations().graph().vertexSet().size(), json.get("nodes").size());
    assertEquals(corpus.citations().graph().edgeSet().size(), json.get("edges").size());
    boolean found = false;
    for (JsonNode n : json.get("nodes")) {
      if (n.get("id").asText().equals("38CTTW")) {
        assertEquals("Ban Bí thư Trung ương Đảng", n.get("issuer").asText());
        found = true;
      }
    }
    assertTrue(found);
    JsonNode agencies = new ObjectMapper().readTree(agencies(GraphFormat.JSON));
    assertTrue(agencies.get("edges").toString().contains("REPORTING"));
  }
}
