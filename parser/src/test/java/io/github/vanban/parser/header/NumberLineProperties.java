package io.github.vanban.parser.header;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** An issuer-line part is a number line where the regex it replaced matched it whole. */
class NumberLineProperties {

  @Property(tries = 3000)
  void sameAsTheRegex(@ForAll @Chars({'s', 'o', ':', ' ', '\t', '\u000B', '1', '9', '/', 'a', '\n', '\r', '\u0085',
      '\u2028', '٣'}) @StringLength(max = 8) String tail) {
    for (String f : new String[] {tail, "so" + tail, "so:" + tail}) {
      assertEquals(f.matches("so[:\\s]*\\d.*"), HeaderReader.isNumberLine(f), () -> "[" + f + "]");
    }
  }

  @Test
  void examples() {
    assertTrue(HeaderReader.isNumberLine("so: 12/ubnd-vp"));
    assertTrue(HeaderReader.isNumberLine("so12"));
    assertFalse(HeaderReader.isNumberLine("so ubnd"));
    assertFalse(HeaderReader.isNumberLine("uy ban so 12"));
  }
}
