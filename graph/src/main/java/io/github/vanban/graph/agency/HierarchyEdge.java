package io.github.vanban.graph.agency;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A body stands under another: a department under its provincial People's Committee.
 *
 * @param from the lower body
 * @param to the body above it
 * @param declared whether a document declared it ({@code Agency.parent()}); else it was
 *     inferred from the bundled structure rules
 */
public record HierarchyEdge(AgencyNode from, AgencyNode to, boolean declared) implements AgencyEdge {
  public HierarchyEdge {
    checkNotNull(from, "from");
    checkNotNull(to, "to");
  }

  @Override
  public String toString() {
    return from + " ⊂ " + to + (declared ? "" : " (inferred)");
  }
}
