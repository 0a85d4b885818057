package io.github.vanban.graph.citation;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.vanban.core.Citation;
import io.github.vanban.core.Relation;

/**
 * An edge of the citation graph: {@code citing} names {@code cited} with {@code relation},
 * at the first mention {@code citation.span()} of the citing document.
 *
 * @param citing the document that cites
 * @param cited the document cited (possibly a placeholder)
 * @param relation how the citing document relates to the cited one
 * @param citation the citation as the parser read it
 */
public record CitationEdge(DocumentNode citing, DocumentNode cited, Relation relation, Citation citation) {
  public CitationEdge {
    checkNotNull(citing, "citing");
    checkNotNull(cited, "cited");
    checkNotNull(relation, "relation");
    checkNotNull(citation, "citation");
  }

  /**
   * The hash of the two documents, the relation and where the citation stands: consistent
   * with the record's equality, without hashing the whole citation each time the graph
   * stores or finds the edge.
   */
  @Override
  public int hashCode() {
    return ((citing.hashCode() * 31 + cited.hashCode()) * 31 + relation.ordinal()) * 31 + citation.span().start();
  }

  @Override
  public boolean equals(Object o) {
    return o == this || o instanceof CitationEdge e && citing.equals(e.citing) && cited.equals(e.cited)
        && relation == e.relation && citation.equals(e.citation);
  }

  @Override
  public String toString() {
    return citing.numberText() + " " + relation + " " + cited.numberText();
  }
}
