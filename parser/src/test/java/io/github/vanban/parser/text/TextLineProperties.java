package io.github.vanban.parser.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

/** A line's indent and blankness, read from its raw text, are those of its clean view. */
class TextLineProperties {

  @Property(tries = 2000)
  void indentIsThatOfTheCleanView(@ForAll @Chars({'a', 'Đ', ' ', '*', '|', '\\', '#', '\t', '\u00a0', '\u2003',
      '\n', '-'}) @StringLength(max = 12) String text) {
    for (TextLine l : TextLine.of(text, 0, text.length(), Integer.MAX_VALUE)) {
      String c = l.clean();
      int i = 0;
      while (i < c.length() && Character.isWhitespace(c.charAt(i))) {
        i++;
      }
      assertEquals(i, l.indent(), () -> "indent of [" + l.raw() + "]");
      assertEquals(i == c.length(), l.blank(), () -> "blank of [" + l.raw() + "]");
    }
  }
}
