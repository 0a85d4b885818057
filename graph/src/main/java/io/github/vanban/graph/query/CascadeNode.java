package io.github.vanban.graph.query;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.vanban.core.Relation;
import io.github.vanban.graph.citation.DocumentNode;
import java.util.Optional;

/**
 * A document in a {@link Cascade}: how it relates to the document above it, and the
 * documents that carry it further down, oldest first.
 *
 * @param document the document
 * @param relation how it relates to its parent in the tree; empty at the root
 * @param depth 0 at the root
 * @param children the documents under it
 */
public record CascadeNode(DocumentNode document, Optional<Relation> relation, int depth,
    ImmutableList<CascadeNode> children) {
  public CascadeNode {
    checkNotNull(document, "document");
    checkNotNull(relation, "relation");
    checkNotNull(children, "children");
  }

  /** The child whose number is {@code reference} in any spelling, or whose id it is. */
  public Optional<CascadeNode> child(String reference) {
    String key = io.github.vanban.core.DocumentNumber.keyOf(reference);
    return children.stream().filter(c -> c.document().id().equals(reference)
        || c.document().number().map(n -> n.key().equals(key)).orElse(false)).findFirst();
  }

  @Override
  public String toString() {
    return relation.map(r -> r + " ").orElse("") + document + (children.isEmpty() ? "" : " +" + children.size());
  }
}
