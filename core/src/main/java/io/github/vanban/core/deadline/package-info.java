/**
 * Deadlines: the closed family {@link io.github.vanban.core.deadline.Deadline} (one date,
 * recurring by an RFC 5545 rule, periodic with no fixed day, on an event, none), the
 * {@link io.github.vanban.core.deadline.RecurrenceRule} subset that Vietnamese reporting
 * regimes need, and the computation of the next due day from any date.
 */
@NullMarked
package io.github.vanban.core.deadline;

import org.jspecify.annotations.NullMarked;
