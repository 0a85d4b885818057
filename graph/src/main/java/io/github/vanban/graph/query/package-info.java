/**
 * Queries over a {@link io.github.vanban.graph.Corpus}: a small fluent API that reads well in
 * JShell ({@code corpus.obligations().recipient("Sở Ngoại vụ tỉnh Đồng Nai").asOf(date)}).
 * Every result is immutable and sorted, prints as an aligned table from {@code toString()},
 * and converts to CSV or JSON.
 */
@NullMarked
package io.github.vanban.graph.query;

import org.jspecify.annotations.NullMarked;
