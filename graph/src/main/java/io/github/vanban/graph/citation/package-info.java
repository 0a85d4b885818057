/**
 * The citation graph: one vertex per document however it is spelt across the corpus
 * ({@link io.github.vanban.graph.citation.DocumentNode}, a placeholder while the document
 * itself is only cited), one typed edge per citation
 * ({@link io.github.vanban.graph.citation.CitationEdge}: IMPLEMENTS, BASIS, COPY_OF,
 * REFERENCES), from the citing document to the cited one.
 */
@NullMarked
package io.github.vanban.graph.citation;

import org.jspecify.annotations.NullMarked;
