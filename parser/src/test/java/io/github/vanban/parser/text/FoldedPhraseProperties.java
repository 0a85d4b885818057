package io.github.vanban.parser.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** A phrase found by skipping through the text is found exactly where the folded text contains it. */
class FoldedPhraseProperties {
  private static final String[] PHRASES = {"cong van den", "van", "n", "an an", "d“n"};

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> piece = Arbitraries.oneOf(
        Arbitraries.of("CÔNG VĂN ĐẾN", "công văn đến", "Công  văn đến", "CÔNG*VĂN ĐẾN", "văn", "an", "“"),
        Arbitraries.strings().withChars("cCôngvVăĂnđĐếe a*\t“–").ofMaxLength(5));
    return piece.list().ofMaxSize(8).map(l -> String.join("", l));
  }

  @Property(tries = 3000)
  void sameAsContainsOfTheFold(@ForAll("texts") String s) {
    for (String p : PHRASES) {
      assertEquals(MatchText.fold(s).contains(p), new FoldedPhrase(p).in(s), () -> p + " in [" + s + "]");
    }
  }

  @Test
  void examples() {
    FoldedPhrase received = new FoldedPhrase("cong van den");
    assertTrue(received.in("UBND TỈNH CÔNG VĂN ĐẾN Số: 523"));
    assertTrue(received.in("cong van den"));
    assertFalse(received.in("CÔNG VĂN ĐI"));
    assertFalse(received.in(""));
  }
}
