package io.github.vanban.core;

import static com.google.common.base.Preconditions.checkArgument;

import org.immutables.value.Value;

/**
 * A range of the source text, {@code [start, end)} in UTF-16 offsets of the NFC-normalised
 * text, together with the exact text it covers. Every extracted fact keeps one, so that a
 * user can always be shown the words a fact came from.
 */
@Value.Immutable
public abstract class Span implements Comparable<Span> {

  /** Offset of the first character, inclusive. */
  @Value.Parameter
  public abstract int start();

  /** Offset after the last character, exclusive. */
  @Value.Parameter
  public abstract int end();

  /** The source text of {@code [start, end)}. */
  @Value.Parameter
  public abstract String text();

  /** A span of {@code text} found at {@code start}. */
  public static Span of(int start, int end, String text) {
    return ImmutableSpan.of(start, end, text);
  }

  /** The span {@code [start, end)} of {@code source}. */
  public static Span in(CharSequence source, int start, int end) {
    checkArgument(0 <= start && start <= end && end <= source.length(),
        "span [%s, %s) outside source of length %s", start, end, source.length());
    return of(start, end, source.subSequence(start, end).toString());
  }

  /** The number of characters covered. */
  public final int length() {
    return end() - start();
  }

  /** Whether {@code other} lies entirely inside this span. */
  public final boolean encloses(Span other) {
    return start() <= other.start() && other.end() <= end();
  }

  @Value.Check
  protected void check() {
    checkArgument(start() >= 0 && start() <= end(), "bad span [%s, %s)", start(), end());
    checkArgument(text().length() == end() - start(),
        "span [%s, %s) has text of length %s", start(), end(), text().length());
  }

  @Override
  public int compareTo(Span o) {
    int c = Integer.compare(start(), o.start());
    return c != 0 ? c : Integer.compare(end(), o.end());
  }

  @Override
  public String toString() {
    String t = text().length() > 60 ? text().substring(0, 57) + "..." : text();
    return "[" + start() + "," + end() + ") \"" + t.replace('\n', ' ') + "\"";
  }
}
