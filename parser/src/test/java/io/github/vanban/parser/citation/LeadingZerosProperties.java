package io.github.vanban.parser.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** The short-form key drops the zeros that lead a sequence number as the regex it replaced did. */
class LeadingZerosProperties {

  @Property(tries = 500)
  void sameAsTheRegex(@ForAll @Chars({'0', '0', '1', '9', 'a', '/'}) @StringLength(max = 6) String seq) {
    assertEquals(seq.replaceFirst("^0+(?=\\d)", ""), MentionScanner.withoutLeadingZeros(seq));
  }

  @Test
  void examples() {
    assertEquals("12", MentionScanner.withoutLeadingZeros("0012"));
    assertEquals("0", MentionScanner.withoutLeadingZeros("000"));
    assertEquals("0a", MentionScanner.withoutLeadingZeros("00a"));
    assertEquals("0a", MentionScanner.withoutLeadingZeros("0a"));
    assertEquals("120", MentionScanner.withoutLeadingZeros("120"));
  }
}
