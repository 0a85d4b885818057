/**
 * Export of the citation and agency graphs to DOT, GraphML and JSON through jgrapht-io, with
 * the attributes of every vertex (number, type, issuer, date, locality; name, kind, level)
 * and edge (relation; reporting or hierarchy, deadline, document).
 */
@NullMarked
package io.github.vanban.graph.export;

import org.jspecify.annotations.NullMarked;
