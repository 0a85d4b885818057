package io.github.vanban.graph.export;

/** The formats a graph can be exported to. */
public enum GraphFormat {
  /** Graphviz DOT. */
  DOT,
  /** GraphML (XML). */
  GRAPHML,
  /** The JSON of jgrapht-io: {@code {"nodes": [...], "edges": [...]}}. */
  JSON
}
