package io.github.vanban.graph.jgrapht;

import org.jgrapht.GraphType;
import org.jgrapht.graph.AbstractBaseGraph;
import org.jgrapht.graph.DefaultGraphSpecificsStrategy;
import org.jgrapht.graph.DefaultGraphType;

/**
 * The JGraphT graph behind the corpus views: directed, with several edges between two
 * vertices, and without the index of vertex pairs that JGraphT's standard multigraphs keep
 * (finding the edges between two given documents scans the edges of one of them; the corpus
 * never asks for that on a hot path, and the index would cost about as much memory as the
 * graph itself). Built once, then only read through an unmodifiable view.
 *
 * @param <V> the vertex type
 * @param <E> the edge type
 */
public final class LeanGraph<V, E> extends AbstractBaseGraph<V, E> {
  private static final long serialVersionUID = 1L;

  private LeanGraph(GraphType type) {
    super(null, null, type, new DefaultGraphSpecificsStrategy<>());
  }

  /** A directed multigraph without self-loops. */
  public static <V, E> LeanGraph<V, E> multigraph() {
    return new LeanGraph<>(DefaultGraphType.directedMultigraph());
  }

  /** A directed pseudograph: several edges and self-loops allowed. */
  public static <V, E> LeanGraph<V, E> pseudograph() {
    return new LeanGraph<>(DefaultGraphType.directedPseudograph());
  }
}
