package io.github.vanban.parser.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** A line read in place (not folded yet) answers as its folded view does. */
class TextLineProperties {
  private static TextLine line(String raw) {
    return TextLine.of(raw, 0, raw.length(), 1).get(0);
  }

  @Property(tries = 400)
  void inPlaceReadingAgreesWithTheFoldedView(
      @ForAll @Chars({'c', 'C', 'ô', 'Ô', 'n', 'N', 'g', ' ', '\t', '*', '-', 'đ', 'Đ', 'ế', 'v', 'ă', 'a'})
      @StringLength(min = 1, max = 30) String raw,
      @ForAll @Chars({'c', 'o', 'n', 'g', ' ', 'd', 'e', 'v', 'a', '-'}) @StringLength(max = 5) String word,
      @ForAll @IntRange(min = -1, max = 31) int at) {
    String f = MatchText.fold(raw);
    assertEquals(f.contains(word), line(raw).foldContains(word));
    assertEquals(f.startsWith(word, at), line(raw).foldStartsWith(word, at));
    TextLine l = line(raw);
    for (int i = 0; i < raw.length(); i++) {
      assertEquals(f.charAt(i), l.foldAt(i));
    }
  }

  @Test
  void examples() {
    TextLine l = line("  CÔNG VĂN ĐẾN  Số: 87");
    assertTrue(l.foldContains("cong van den"));
    assertTrue(l.foldStartsWith("cong", 2));
    assertFalse(l.foldStartsWith("cong", 3));
    assertEquals('d', l.foldAt(11));
    l.fold(); // once folded, the view answers
    assertTrue(l.foldContains("so: 87"));
  }
}
