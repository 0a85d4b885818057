/**
 * Text utilities shared by every module: folding of Vietnamese text (case, diacritics,
 * {@code đ}, punctuation) so that names written with and without marks, or with {@code ủy}
 * and {@code uỷ}, compare equal.
 */
@NullMarked
package io.github.vanban.core.text;

import org.jspecify.annotations.NullMarked;
