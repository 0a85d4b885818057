package io.github.vanban.parser.footer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** A signer's name is recognised by reading its words in place as the split it replaced did. */
class LooksLikeNameProperties {

  /** The test by {@code split} that {@link FooterReader#looksLikeName} replaced. */
  private static boolean bySplit(String c) {
    if (c.length() > 40) {
      return false;
    }
    String[] words = c.trim().split(" ");
    if (words.length < 2 || words.length > 5) {
      return false;
    }
    for (String w : words) {
      if (w.length() < 2 || !Character.isUpperCase(w.charAt(0))) {
        return false;
      }
      for (int k = 1; k < w.length(); k++) {
        if (!Character.isLowerCase(w.charAt(k))) {
          return false;
        }
      }
    }
    return true;
  }

  @Provide
  Arbitrary<String> lines() {
    Arbitrary<String> piece = Arbitraries.oneOf(
        Arbitraries.of("Nguyễn", "Văn", "An", "Lê", "A", "TM.", "(đã ký)", " ", "  ", "\t", "Đ"),
        Arbitraries.strings().withChars("Aaễ .\t").ofMaxLength(3));
    return piece.list().ofMaxSize(9).map(l -> String.join(" ", l));
  }

  @Property(tries = 3000)
  void sameAsTheSplit(@ForAll("lines") String c) {
    assertEquals(bySplit(c), FooterReader.looksLikeName(c), () -> "[" + c + "]");
  }

  @Test
  void examples() {
    assertTrue(FooterReader.looksLikeName("Nguyễn Văn An"));
    assertTrue(FooterReader.looksLikeName(" Lê Minh "));
    assertFalse(FooterReader.looksLikeName("Nguyễn  Văn An")); // an empty word between two spaces
    assertFalse(FooterReader.looksLikeName("Nguyễn"));
    assertFalse(FooterReader.looksLikeName("A B C D E F"));
    assertFalse(FooterReader.looksLikeName("   "));
  }
}
