package io.github.vanban.parser.segment;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * One document's stretch of a source text, {@code [start, end)}.
 *
 * @param start first offset, inclusive
 * @param end last offset, exclusive
 * @param kind what the stretch holds
 */
public record Segment(int start, int end, Kind kind) {

  /** What a segment holds. */
  public enum Kind {
    /** A document with its own header. */
    DOCUMENT,
    /** A news report about a document. */
    REPORT
  }

  public Segment {
    checkArgument(0 <= start && start <= end, "bad segment [%s, %s)", start, end);
  }
}
