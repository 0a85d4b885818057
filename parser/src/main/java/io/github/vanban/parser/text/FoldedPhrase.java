package io.github.vanban.parser.text;

import com.google.common.base.Preconditions;
import java.util.Arrays;

/**
 * A folded phrase ({@code cong van den}) looked for in text without folding the text: whether
 * {@link MatchText#fold}{@code (s).contains(phrase)}, read by Horspool's method over the folded
 * characters, so that most characters of a line that does not hold the phrase are never
 * looked at. Immutable and thread-safe; linear in the length of the text.
 */
public final class FoldedPhrase {
  private final String folded;
  /** How far the phrase may move on when the folded character under its last one is an ASCII character. */
  private final int[] shift = new int[128];

  /** The phrase {@code folded}, already in folded form; not empty. */
  public FoldedPhrase(String folded) {
    Preconditions.checkArgument(!folded.isEmpty(), "empty phrase");
    this.folded = folded;
    int m = folded.length();
    Arrays.fill(shift, m);
    for (int k = 0; k < m - 1; k++) {
      if (folded.charAt(k) < 128) {
        shift[folded.charAt(k)] = m - 1 - k;
      }
    }
  }

  /** Whether the fold of {@code s} contains the phrase. */
  public boolean in(CharSequence s) {
    int m = folded.length();
    char end = folded.charAt(m - 1);
    for (int p = 0, last = s.length() - m; p <= last; ) {
      char c = MatchText.foldChar(s.charAt(p + m - 1));
      if (c == end && MatchText.foldedStartsWith(s, p, folded)) {
        return true;
      }
      p += c < 128 ? shift[c] : shiftOf(c);
    }
    return false;
  }

  /** The move for a character beyond ASCII: from its last place in the phrase before its end. */
  private int shiftOf(char c) {
    int m = folded.length();
    int k = folded.lastIndexOf(c, m - 2);
    return m - 1 - k; // m when absent (k = -1)
  }

  @Override
  public String toString() {
    return folded;
  }
}
