/**
 * The agency graph: one vertex per body however it is written across the documents
 * ({@link io.github.vanban.graph.agency.AgencyNode}, keyed by the folded canonical name),
 * hierarchy edges (a department under its provincial People's Committee, declared by the
 * parser or inferred from the bundled structure rules) and reporting edges carrying each
 * obligation with its deadline and the document and span it comes from.
 */
@NullMarked
package io.github.vanban.graph.agency;

import org.jspecify.annotations.NullMarked;
