package io.github.vanban.graph.export;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.vanban.graph.agency.AgencyEdge;
import io.github.vanban.graph.agency.AgencyGraph;
import io.github.vanban.graph.agency.AgencyNode;
import io.github.vanban.graph.agency.HierarchyEdge;
import io.github.vanban.graph.agency.ReportingEdge;
import io.github.vanban.graph.citation.CitationEdge;
import io.github.vanban.graph.citation.CitationGraph;
import io.github.vanban.graph.citation.DocumentNode;
import io.github.vanban.graph.query.Deadlines;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.jgrapht.Graph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.GraphExporter;
import org.jgrapht.nio.dot.DOTExporter;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.jgrapht.nio.json.JSONExporter;

/**
 * Writes the graphs of a corpus in {@link GraphFormat DOT, GraphML or JSON}. Vertex ids are
 * the document ids ({@code 38CTTW}) and agency keys ({@code so ngoai vu tinh dong nai});
 * every vertex and edge carries its attributes and a {@code label}. Stateless.
 */
public final class GraphExport {
  private GraphExport() {}

  /** Writes the citation graph. */
  public static void citations(CitationGraph graph, GraphFormat format, Writer out) {
    checkNotNull(graph, "graph");
    export(graph.graph(), format, out, DocumentNode::id, GraphExport::documentAttributes,
        GraphExport::citationAttributes, new String[] {"label", "number", "type", "issuer", "date", "locality", "placeholder"},
        new String[] {"label", "relation"});
  }

  /** Writes the agency graph. */
  public static void agencies(AgencyGraph graph, GraphFormat format, Writer out) {
    checkNotNull(graph, "graph");
    export(graph.graph(), format, out, AgencyNode::key, GraphExport::agencyAttributes,
        GraphExport::agencyEdgeAttributes, new String[] {"label", "kind", "level", "locality"},
        new String[] {"label", "edge", "deadline", "via", "document"});
  }

  private static <V, E> void export(Graph<V, E> graph, GraphFormat format, Writer out, Function<V, String> id,
      Function<V, Map<String, Attribute>> vertexAttributes, Function<E, Map<String, Attribute>> edgeAttributes,
      String[] vertexKeys, String[] edgeKeys) {
    checkNotNull(format, "format");
    checkNotNull(out, "out");
    GraphExporter<V, E> exporter;
    switch (format) {
      case DOT: {
        DOTExporter<V, E> dot = new DOTExporter<>(v -> quote(id.apply(v)));
        dot.setVertexAttributeProvider(vertexAttributes);
        dot.setEdgeAttributeProvider(edgeAttributes);
        exporter = dot;
        break;
      }
      case GRAPHML: {
        GraphMLExporter<V, E> ml = new GraphMLExporter<>(id);
        for (String k : vertexKeys) {
          ml.registerAttribute(k, GraphMLExporter.AttributeCategory.NODE, AttributeType.STRING);
        }
        for (String k : edgeKeys) {
          if (!k.equals("label")) {
            ml.registerAttribute(k, GraphMLExporter.AttributeCategory.EDGE, AttributeType.STRING);
          }
        }
        ml.registerAttribute("edgeLabel", GraphMLExporter.AttributeCategory.EDGE, AttributeType.STRING);
        ml.setVertexAttributeProvider(vertexAttributes);
        ml.setEdgeAttributeProvider(e -> relabel(edgeAttributes.apply(e)));
        exporter = ml;
        break;
      }
      default: {
        JSONExporter<V, E> json = new JSONExporter<>(id);
        json.setVertexAttributeProvider(vertexAttributes);
        json.setEdgeAttributeProvider(edgeAttributes);
        exporter = json;
        break;
      }
    }
    exporter.exportGraph(graph, out);
  }

  /** GraphML keys are global: the edge label gets a key of its own. */
  private static Map<String, Attribute> relabel(Map<String, Attribute> a) {
    Map<String, Attribute> m = new LinkedHashMap<>(a);
    Attribute label = m.remove("label");
    if (label != null) {
      m.put("edgeLabel", label);
    }
    return m;
  }

  private static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private static Map<String, Attribute> documentAttributes(DocumentNode n) {
    Map<String, Attribute> m = new LinkedHashMap<>();
    m.put("label", DefaultAttribute.createAttribute(n.numberText()));
    n.number().ifPresent(x -> m.put("number", DefaultAttribute.createAttribute(x.printed())));
    m.put("type", DefaultAttribute.createAttribute(n.type().name()));
    n.issuer().ifPresent(a -> m.put("issuer", DefaultAttribute.createAttribute(a.name())));
    n.date().ifPresent(d -> m.put("date", DefaultAttribute.createAttribute(d.toString())));
    n.locality().ifPresent(l -> m.put("locality", DefaultAttribute.createAttribute(l)));
    m.put("placeholder", DefaultAttribute.createAttribute(Boolean.toString(n.placeholder())));
    return m;
  }

  private static Map<String, Attribute> citationAttributes(CitationEdge e) {
    Map<String, Attribute> m = new LinkedHashMap<>();
    m.put("label", DefaultAttribute.createAttribute(e.relation().name()));
    m.put("relation", DefaultAttribute.createAttribute(e.relation().name()));
    return m;
  }

  private static Map<String, Attribute> agencyAttributes(AgencyNode n) {
    Map<String, Attribute> m = new LinkedHashMap<>();
    m.put("label", DefaultAttribute.createAttribute(n.name()));
    m.put("kind", DefaultAttribute.createAttribute(n.kind().name()));
    m.put("level", DefaultAttribute.createAttribute(n.level().name()));
    n.locality().ifPresent(l -> m.put("locality", DefaultAttribute.createAttribute(l)));
    return m;
  }

  private static Map<String, Attribute> agencyEdgeAttributes(AgencyEdge e) {
    Map<String, Attribute> m = new LinkedHashMap<>();
    if (e instanceof ReportingEdge r) {
      m.put("label", DefaultAttribute.createAttribute("reports: " + Deadlines.describe(r.deadline())));
      m.put("edge", DefaultAttribute.createAttribute("REPORTING"));
      m.put("deadline", DefaultAttribute.createAttribute(Deadlines.describe(r.deadline())));
      r.via().ifPresent(v -> m.put("via", DefaultAttribute.createAttribute(v.name())));
      m.put("document", DefaultAttribute.createAttribute(r.document().numberText()));
    } else {
      HierarchyEdge h = (HierarchyEdge) e;
      m.put("label", DefaultAttribute.createAttribute(h.declared() ? "under" : "under (inferred)"));
      m.put("edge", DefaultAttribute.createAttribute("HIERARCHY"));
    }
    return m;
  }

}
