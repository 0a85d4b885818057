package io.github.vanban.parser;

import com.google.common.collect.ImmutableList;
import io.github.vanban.core.Citation;
import io.github.vanban.core.Document;
import io.github.vanban.core.ReportingObligation;
import io.github.vanban.core.Span;
import io.github.vanban.core.Task;
import io.github.vanban.parser.segment.Segment;
import java.util.BitSet;

/**
 * Finds the text of a document that no extracted fact covers, so that it can be kept as
 * {@link Document#unparsed()}: each uncovered line, trimmed, as one span.
 */
final class Coverage {
  private Coverage() {}

  static ImmutableList<Span> uncovered(String text, Segment segment, Document document) {
    int base = segment.start();
    BitSet covered = covered(segment, document);
    ImmutableList.Builder<Span> out = ImmutableList.builder();
    int lineStart = segment.start();
    while (lineStart < segment.end()) {
      int nl = text.indexOf('\n', lineStart);
      int lineEnd = nl < 0 || nl > segment.end() ? segment.end() : nl;
      addUncovered(text, covered, base, lineStart, lineEnd, out);
      lineStart = lineEnd + 1;
    }
    return out.build();
  }

  /** The offsets of the segment (from its start) that a span of the document covers. */
  private static BitSet covered(Segment segment, Document document) {
    int base = segment.start();
    BitSet covered = new BitSet(segment.end() - base);
    document.spans().values().forEach(s -> mark(covered, s, base));
    document.signer().ifPresent(s -> mark(covered, s.span(), base));
    for (Citation c : document.citations()) {
      mark(covered, c.span(), base);
    }
    for (Task t : document.tasks()) {
      mark(covered, t.span(), base);
    }
    for (ReportingObligation r : document.reporting()) {
      mark(covered, r.span(), base);
    }
    return covered;
  }

  /** Adds to {@code out} the uncovered stretches of the line {@code [lineStart, lineEnd)}, trimmed. */
  private static void addUncovered(String text, BitSet covered, int base, int lineStart,
      int lineEnd, ImmutableList.Builder<Span> out) {
    int i = lineStart;
    while (i < lineEnd) {
      i = skipCoveredAndSpace(text, covered, base, i, lineEnd);
      int start = i;
      int next = i < lineEnd ? covered.nextSetBit(i - base) : -1;
      i = next < 0 || next + base > lineEnd ? Math.max(i, lineEnd) : next + base;
      int end = i;
      while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
        end--;
      }
      if (end > start) {
        out.add(Span.in(text, start, end));
      }
    }
  }

  /**
   * The first offset in {@code [i, end)} that is neither covered nor white space, or {@code
   * end}; a covered stretch is passed over in one step.
   */
  private static int skipCoveredAndSpace(String text, BitSet covered, int base, int i, int end) {
    while (i < end) {
      if (covered.get(i - base)) {
        i = Math.min(end, covered.nextClearBit(i - base) + base);
      } else if (Character.isWhitespace(text.charAt(i))) {
        i++;
      } else {
        break;
      }
    }
    return i;
  }

  private static void mark(BitSet covered, Span s, int base) {
    if (s.end() > base) {
      int from = Math.max(0, s.start() - base);
      covered.set(from, Math.max(from, s.end() - base));
    }
  }
}
