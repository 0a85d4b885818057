package io.github.vanban.parser.task;

import com.google.common.collect.ImmutableList;

/**
 * Finds the names of bodies in a stretch of text, with exact offsets: the seam between the
 * clause reading of this package and the gazetteer of {@code parser.agency}.
 */
@FunctionalInterface
interface MentionFinder {

  /** The mentions inside {@code [from, to)} of {@code text}, in order, not overlapping. */
  ImmutableList<Mention> find(String text, int from, int to);
}
