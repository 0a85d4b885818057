/**
 * The domain model of vanban: immutable values for Vietnamese Party and State documents
 * ({@link io.github.vanban.core.Document}), their number and symbol
 * ({@link io.github.vanban.core.DocumentNumber}), the agencies they name
 * ({@link io.github.vanban.core.Agency}), the documents they cite
 * ({@link io.github.vanban.core.Citation}), the tasks they assign
 * ({@link io.github.vanban.core.Task}) and the reports they demand
 * ({@link io.github.vanban.core.ReportingObligation}). Every extracted fact carries the
 * {@link io.github.vanban.core.Span} of source text it came from. All types are immutable,
 * reject {@code null} and are safe to share between threads.
 */
@VanbanStyle
@NullMarked
package io.github.vanban.core;

import org.jspecify.annotations.NullMarked;
