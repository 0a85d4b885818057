/**
 * Vietnamese time expressions: a grammar of deadlines (dates, months, quarters, recurring
 * days, periodic regimes, events) normalised to {@link io.github.vanban.core.deadline.Deadline}.
 */
@NullMarked
package io.github.vanban.parser.time;

import org.jspecify.annotations.NullMarked;
