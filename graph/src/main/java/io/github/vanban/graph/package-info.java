/**
 * Graphs over a corpus of parsed documents: the citation graph (documents, typed by
 * relation), the agency graph (hierarchy and reporting edges), and the queries that answer
 * who reports to whom, by when, and who has implemented what.
 */
@NullMarked
package io.github.vanban.graph;

import org.jspecify.annotations.NullMarked;
