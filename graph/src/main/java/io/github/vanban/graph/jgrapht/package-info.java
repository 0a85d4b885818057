/**
 * The JGraphT graph types the corpus builds its graphs on: lean directed multigraphs without
 * the vertex-pair index of JGraphT's standard ones, so that a large corpus stays compact.
 */
@NullMarked
package io.github.vanban.graph.jgrapht;

import org.jspecify.annotations.NullMarked;
