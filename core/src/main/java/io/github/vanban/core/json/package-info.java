/**
 * The JSON codec of the {@code vanban-extract/1} format ({@code shared/eval/FORMAT.md}):
 * written with Jackson's tree model, field by field, with no reflection on the model, and
 * read back so that the model round-trips.
 */
@NullMarked
package io.github.vanban.core.json;

import org.jspecify.annotations.NullMarked;
