package io.github.vanban.parser.header;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** The subject's trailing punctuation goes as the regex it replaced took it. */
class TrailingPunctuationProperties {

  @Property(tries = 2000)
  void sameAsTheRegex(@ForAll @Chars({'a', 'Đ', ' ', '.', ';', ',', ':', '\n', '\r', '\t', '\u000B', '\f',
      '\u0085', '\u2028', '\u2029', '\u00a0'}) @StringLength(max = 8) String s) {
    assertEquals(s.replaceAll("[\\s.;,]+$", ""), HeaderReader.withoutTrailingPunctuation(s));
  }

  @Test
  void examples() {
    assertEquals("về công tác", HeaderReader.withoutTrailingPunctuation("về công tác.;, "));
    assertEquals("về công tác", HeaderReader.withoutTrailingPunctuation("về công tác"));
    assertEquals("a\u2028", HeaderReader.withoutTrailingPunctuation("a. \u2028"));
    assertEquals("", HeaderReader.withoutTrailingPunctuation("..."));
  }
}
