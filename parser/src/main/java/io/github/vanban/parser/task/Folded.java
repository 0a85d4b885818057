package io.github.vanban.parser.task;

import io.github.vanban.core.text.Fold;
import java.util.List;

/**
 * A view of a source text with its diacritics stripped and its letters in lower case, of the
 * same length, so that a phrase found in the folded view stands at the same offsets in the
 * source. Matching goes word by word: a space in a phrase stands for any run of white space
 * (line breaks included), and a phrase matches only on word boundaries.
 */
final class Folded {
  private final String source;
  /** The folded window {@code [from, from + folded.length)}; other offsets fold on demand. */
  private final char[] folded;
  private final int from;
  /**
   * The window offsets {@code k > 0} where a word begins (a word character after one that is
   * not), one bit each: bit {@code k % 64} of {@code wordStarts[k / 64]}.
   */
  private final long[] wordStarts;

  /** A folded view of the whole of {@code source}. */
  Folded(String source) {
    this(source, 0, source.length());
  }

  /**
   * A folded view of {@code source} whose window {@code [from, to)} is folded at once; the
   * text outside it is folded character by character when read. A document of a many-document
   * file folds only its own stretch, which keeps reading a file linear in its size.
   */
  Folded(String source, int from, int to) {
    this.source = source;
    this.from = from;
    this.folded = fold(source, from, to);
    this.wordStarts = wordStarts(folded);
  }

  /** {@link #wordStarts} of a folded window, in one pass. */
  private static long[] wordStarts(char[] t) {
    long[] bits = new long[(t.length + 63) >>> 6];
    long previousInWord = 1; // offset 0 is never looked up
    long word = 0; // the bits of the current 64 offsets, stored when they are complete
    for (int k = 0; k < t.length; k++) {
      long inWord = isWord(t[k]) ? 1 : 0;
      word |= (inWord & ~previousInWord) << k; // no branch on the text: words are short
      previousInWord = inWord;
      if ((k & 63) == 63) {
        bits[k >>> 6] = word;
        word = 0;
      }
    }
    if ((t.length & 63) != 0) {
      bits[t.length >>> 6] = word;
    }
    return bits;
  }

  /**
   * The window folded in one pass through {@link #LOWER}; a character the table leaves open
   * sends the whole window through {@link Fold#stripMarks}, as before.
   */
  private static char[] fold(String source, int from, int to) {
    char[] chars = new char[to - from];
    source.getChars(from, to, chars, 0);
    for (int k = 0; k < chars.length; k++) {
      char c = chars[k];
      char q = c < LOWER.length ? LOWER[c] : Fold.UNDECIDED;
      if (q == Fold.UNDECIDED) {
        return foldSlowly(source.substring(from, to));
      }
      chars[k] = q;
    }
    return chars;
  }

  private static char[] foldSlowly(String window) {
    String stripped = Fold.stripMarks(window);
    if (stripped.length() != window.length()) {
      stripped = window; // not NFC: fall back to the source itself, offsets stay right
    }
    char[] chars = stripped.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      chars[i] = Character.toLowerCase(chars[i]);
    }
    return chars;
  }

  /** Each character stripped of its marks and in lower case, or {@link Fold#UNDECIDED}. */
  private static final char[] LOWER = lowerTable();

  /** Character classes of the characters below {@link #LOWER}'s length. */
  private static final byte[] KIND = kindTable();

  private static final byte SPACE = 1;
  private static final byte WORD = 2;

  private static char[] lowerTable() {
    char[] t = new char[0x2070];
    for (int c = 0; c < t.length; c++) {
      char q = Fold.stripMarkAlone((char) c);
      t[c] = q == Fold.UNDECIDED ? q : Character.toLowerCase(q);
    }
    return t;
  }

  private static byte[] kindTable() {
    byte[] t = new byte[0x2070];
    for (int c = 0; c < t.length; c++) {
      char ch = (char) c;
      t[c] = Character.isWhitespace(ch) || Character.isSpaceChar(ch) || ch == '\u200b' ? SPACE
          : Character.isLetterOrDigit(ch) ? WORD : 0;
    }
    return t;
  }

  String source() {
    return source;
  }

  int length() {
    return source.length();
  }

  char at(int i) {
    int k = i - from;
    if (k >= 0 && k < folded.length) {
      return folded[k];
    }
    return Character.toLowerCase(Fold.stripMarks(String.valueOf(source.charAt(i))).charAt(0));
  }

  /** The first offset in {@code [i, limit)} where the folded text has {@code c}, or -1. */
  int indexOf(char c, int i, int limit) {
    int lo = i - from;
    int hi = limit - from;
    if (lo >= 0 && hi <= folded.length) {
      char[] t = folded;
      for (int k = lo; k < hi; k++) {
        if (t[k] == c) {
          return k + from;
        }
      }
      return -1;
    }
    for (int k = i; k < limit; k++) {
      if (at(k) == c) {
        return k;
      }
    }
    return -1;
  }

  /** Whether {@code c} is white space, the no-break spaces of web copies included. */
  static boolean isSpace(char c) {
    return c < KIND.length ? KIND[c] == SPACE
        : Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b';
  }

  /** Whether {@code c} belongs to a word. */
  static boolean isWord(char c) {
    return c < KIND.length ? KIND[c] == WORD : Character.isLetterOrDigit(c);
  }

  /** The first offset at or after {@code i} that is not white space, at most {@code limit}. */
  int skipSpace(int i, int limit) {
    while (i < limit && Folded.isSpace(at(i))) {
      i++;
    }
    return i;
  }

  /** The end of the word that begins at {@code i} ({@code i} itself when none does). */
  int wordEnd(int i, int limit) {
    while (i < limit && isWord(at(i))) {
      i++;
    }
    return i;
  }

  /** The folded word that begins at {@code i}, or "" when none does. */
  String word(int i, int limit) {
    int end = wordEnd(i, limit);
    StringBuilder b = new StringBuilder(end - i);
    for (int k = i; k < end; k++) {
      b.append(at(k));
    }
    return b.toString();
  }

  /** Whether a word boundary lies before {@code i}. */
  boolean boundaryBefore(int i) {
    return i <= 0 || !isWord(at(i - 1));
  }

  /**
   * The first offset in {@code [i, limit)} where a word begins ({@link #boundaryBefore} and a
   * word character), or {@code max(i, limit)} when none does: the offsets a scan for phrases has to
   * try. Inside the window it is looked up ({@link #wordStarts}), 64 offsets at a time.
   */
  int nextWordStart(int i, int limit) {
    int lo = i - from;
    int hi = limit - from;
    if (lo > 0 && lo < hi && hi <= folded.length) {
      int w = lo >>> 6;
      long bits = wordStarts[w] & -1L << lo; // the starts at or after lo in its 64
      while (bits == 0) {
        w++;
        if (w << 6 >= hi) {
          return limit;
        }
        bits = wordStarts[w];
      }
      int start = (w << 6) + Long.numberOfTrailingZeros(bits);
      return start < hi ? start + from : limit;
    }
    while (i < limit && !(boundaryBefore(i) && isWord(at(i)))) {
      i++;
    }
    return i;
  }

  /**
   * The end of {@code phrase} (folded, words separated by single spaces) matched at {@code i},
   * or -1. The match must begin and end on word boundaries and stay before {@code limit}.
   */
  int match(int i, String phrase, int limit) {
    return boundaryBefore(i) ? matchAfterBoundary(i, phrase, limit) : -1;
  }

  /** {@link #match} where a word boundary is known to lie before {@code i}. */
  private int matchAfterBoundary(int i, String phrase, int limit) {
    int n = phrase.length();
    int lo = i - from;
    int hi = limit - from;
    if (n == 0 || lo < 0 || hi > folded.length) {
      return matchAnywhere(i, phrase, limit);
    }
    char[] t = folded;
    int j = lo;
    for (int k = 0; k < n; k++) {
      char p = phrase.charAt(k);
      if (p == ' ') {
        int s = j;
        while (j < hi && isSpace(t[j])) {
          j++;
        }
        if (j == s) {
          return -1;
        }
      } else {
        if (j >= hi || t[j] != p) {
          return -1;
        }
        j++;
      }
    }
    if (j < hi && isWord(t[j]) && isWord(phrase.charAt(n - 1))) {
      return -1;
    }
    return j + from;
  }

  /** {@link #matchAfterBoundary} over offsets that may lie outside the folded window. */
  private int matchAnywhere(int i, String phrase, int limit) {
    int j = i;
    for (int k = 0; k < phrase.length(); k++) {
      char p = phrase.charAt(k);
      if (p == ' ') {
        int s = j;
        while (j < limit && Folded.isSpace(at(j))) {
          j++;
        }
        if (j == s) {
          return -1;
        }
      } else {
        if (j >= limit || at(j) != p) {
          return -1;
        }
        j++;
      }
    }
    if (j < limit && isWord(at(j)) && isWord(phrase.charAt(phrase.length() - 1))) {
      return -1;
    }
    return j;
  }

  /** The end of the longest phrase of {@code phrases} matched at {@code i}, or -1. */
  int matchAny(int i, List<String> phrases, int limit) {
    if (!boundaryBefore(i)) {
      return -1;
    }
    // a phrase that begins with a letter can only match where that letter stands, and a
    // phrase whose first word has two letters or more only where its second letter follows
    char first = i < limit ? at(i) : ' ';
    char second = i + 1 < limit ? at(i + 1) : ' ';
    int best = -1;
    for (int k = 0, n = phrases.size(); k < n; k++) { // by index: no iterator is made
      String p = phrases.get(k);
      if (!p.isEmpty() && p.charAt(0) != ' ' && (p.charAt(0) != first
          || p.length() > 1 && p.charAt(1) != ' ' && p.charAt(1) != second)) {
        continue;
      }
      int e = matchAfterBoundary(i, p, limit);
      if (e > best && meant(i, e, p)) {
        best = e;
      }
    }
    return best;
  }

  /**
   * Whether the source at {@code [i, e)} is the word the folded {@code phrase} stands for:
   * {@code de} is {@code để} and not {@code đề}; a source without marks (OCR) always is.
   */
  boolean meant(int i, int e, String phrase) {
    var forms = Lexicon.EXACT.get(phrase);
    if (forms == null) {
      return true;
    }
    if (spells(i, e, phrase)) {
      return true;
    }
    for (String form : forms) {
      if (spells(i, e, form)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the source at {@code [i, e)}, in lower case and with each run of white space as
   * one space, is {@code word}; allocates nothing.
   */
  private boolean spells(int i, int e, String word) {
    int n = word.length();
    int w = 0;
    boolean space = false;
    for (int k = i; k < e; k++) {
      char c = source.charAt(k);
      if (isSpace(c)) {
        if (!space) {
          if (w >= n || word.charAt(w) != ' ') {
            return false;
          }
          w++;
        }
        space = true;
      } else {
        if (w >= n || word.charAt(w) != Character.toLowerCase(c)) {
          return false;
        }
        w++;
        space = false;
      }
    }
    return w == n;
  }

  /** The start of the word that ends at or before {@code i} (skipping white space back), or -1. */
  int previousWordStart(int i, int floor) {
    int j = i;
    while (j > floor && !isWord(at(j - 1))) {
      if (!Folded.isSpace(at(j - 1))) {
        return -1; // punctuation in between
      }
      j--;
    }
    if (j <= floor) {
      return -1;
    }
    int e = j;
    while (j > floor && isWord(at(j - 1))) {
      j--;
    }
    return j < e ? j : -1;
  }

  /** Whether one of {@code phrases} ends exactly at {@code end} (white space before it skipped). */
  boolean endsWithAny(int end, Iterable<String> phrases, int floor) {
    int j = end;
    while (j > floor && Folded.isSpace(at(j - 1))) {
      j--;
    }
    if (j <= floor) {
      return false; // no word ends there
    }
    // a phrase can only end where its last letter stands
    char last = at(j - 1);
    for (String p : phrases) {
      if (p.isEmpty() || p.charAt(p.length() - 1) != last) {
        continue;
      }
      int start = findBack(j, p, floor);
      if (start >= 0) {
        return true;
      }
    }
    return false;
  }

  /** The start of {@code phrase} if it ends exactly at {@code end}, else -1. */
  int findBack(int end, String phrase, int floor) {
    // walk back word by word: cheap because phrases are short
    int words = 1;
    for (int k = 0; k < phrase.length(); k++) {
      if (phrase.charAt(k) == ' ') {
        words++;
      }
    }
    int j = end;
    int start = -1;
    for (int w = 0; w < words; w++) {
      int s = previousWordStart(j, floor);
      if (s < 0) {
        return -1;
      }
      start = s;
      j = s;
    }
    return start >= 0 && match(start, phrase, end) == end && meant(start, end, phrase) ? start : -1;
  }
}
