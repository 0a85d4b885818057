package io.github.vanban.parser.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** The copy-free prefix and suffix tests of {@link MatchText} agree with the string operations they replace. */
class MatchTextPrefixProperties {

  @Property(tries = 2000)
  void foldedStartsWithIsStartsWithOfTheFold(
      @ForAll @Chars({'N', 'ơ', 'i', ' ', '*', 'n', 'h', 'Ậ', 'ậ', 'đ', 'Đ', '\t'}) @StringLength(max = 10) String s,
      @ForAll @IntRange(min = -1, max = 11) int at) {
    for (String w : new String[] {"noi nhan", "noi", "dan", " n", ""}) {
      boolean expected = at >= 0 && at <= s.length() && MatchText.fold(s).startsWith(w, at);
      assertEquals(expected, MatchText.foldedStartsWith(s, at, w), () -> w + " at " + at + " of " + s);
    }
  }

  @Property(tries = 2000)
  void foldedContainsIsContainsOfTheFold(
      @ForAll @Chars({'C', 'ô', 'n', 'g', ' ', '*', 'v', 'ă', 'Đ', 'đ', 'ế', 'o', '\t'}) @StringLength(max = 16) String s) {
    for (String w : new String[] {"cong van den", "cong", "so", "den", " ", ""}) {
      assertEquals(MatchText.fold(s).contains(w), MatchText.foldedContains(s, w), () -> w + " in " + s);
    }
  }

  @Property(tries = 1000)
  void foldCharsAreTheCharactersOfTheFold(
      @ForAll @Chars({'C', 'ô', 'n', 'g', ' ', '*', 'Đ', 'đ', 'ế', '\t', '\u00a0', '|'}) @StringLength(max = 12) String s,
      @ForAll @IntRange(min = 0, max = 12) int a, @ForAll @IntRange(min = 0, max = 12) int b) {
    int from = Math.min(Math.min(a, b), s.length());
    int to = Math.min(Math.max(a, b), s.length());
    assertEquals(MatchText.fold(s.substring(from, to)), new String(MatchText.foldChars(s, from, to)));
  }

  /** The header skips a line without a '/' when it looks for "v/v": no other character folds to one. */
  @Test
  void onlyASlashFoldsToASlash() {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      if (c != '/') {
        String code = "U+" + Integer.toHexString(c);
        assertNotEquals('/', MatchText.foldChar((char) c), code);
      }
    }
    assertEquals('/', MatchText.foldChar('/'));
  }

  @Property(tries = 2000)
  void strippedEndAndCommaBeforeAreThoseOfStripTrailing(
      @ForAll @Chars({'a', ',', ' ', '\t', '\u2003', '\u00a0', '.'}) @StringLength(max = 8) String s,
      @ForAll @IntRange(min = 0, max = 8) int cut) {
    int end = Math.min(cut, s.length());
    String stripped = s.substring(0, end).stripTrailing();
    assertEquals(stripped.length(), MatchText.strippedEnd(s, end));
    assertEquals(stripped.endsWith(","), MatchText.commaBefore(s, end));
  }

  @Property(tries = 2000)
  void foldedTrimStartIsWhereTheTrimmedFoldBegins(
      @ForAll @Chars({'a', 'Đ', ' ', '\t', '\u00a0', '*', '-', '\n'}) @StringLength(max = 8) String s,
      @ForAll @IntRange(min = 0, max = 8) int cut) {
    int from = Math.min(cut, s.length());
    String folded = MatchText.fold(s.substring(from));
    String trimmed = folded.trim();
    int expected = from + (trimmed.isEmpty() ? folded.length() : folded.indexOf(trimmed));
    assertEquals(expected, MatchText.foldedTrimStart(s, from, s.length()), () -> from + " of [" + s + "]");
  }
}
