package io.github.vanban.parser.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vanban.core.text.Fold;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The first-letter test {@code AgencyMentions} runs before folding a word ({@code báo},
 * {@code ngành}, {@code đoàn thể}) refuses only texts whose fold does not begin with one of
 * the letters sought, first letters beyond ASCII ({@code Ủy ban}) included.
 */
class FoldFromProperties {

  @Property(tries = 1000)
  void refusesOnlyWhatTheFoldRefuses(@ForAll("texts") String text, @ForAll("letters") String letters) {
    if (!AgencyMentions.mayFoldFrom(text, 0, text.length(), letters)) {
      String f = Fold.fold(text);
      assertTrue(f.isEmpty() || letters.indexOf(f.charAt(0)) < 0, () -> text + " → " + f);
    }
  }

  @Test
  void readsVietnameseFirstLettersWithoutFolding() {
    assertFalse(AgencyMentions.mayFoldFrom("Ủy ban nhân dân", 0, 15, "b"));
    assertTrue(AgencyMentions.mayFoldFrom("Đoàn thể", 0, 8, "nd"));
    assertTrue(AgencyMentions.mayFoldFrom("BÁO CÁO", 0, 7, "b"));
    assertEquals('u', AgencyMentions.foldedFirst('Ủ'));
    assertEquals('d', AgencyMentions.foldedFirst('đ'));
    assertEquals(0, AgencyMentions.foldedFirst('\u0301'));
  }

  @Provide
  Arbitrary<String> letters() {
    return Arbitraries.of("b", "nd", "u", "d");
  }

  /**
   * Texts of punctuation, ASCII and Vietnamese letters in both cases (composed, and with
   * combining marks that send the fold down its slow path), and characters of other scripts.
   */
  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> piece = Arbitraries.oneOf(
        Arbitraries.of(" ", "(", "-", "\"", "–", "\u00a0", ".", "“"),
        Arbitraries.of("b", "B", "bao", "ngành", "đoàn", "Ủy", "uỷ", "Đ", "ư", "Ă", "ẞ", "ß",
            "\u0301", "\u0323", "a\u0301", "B\u0323", "ǅ", "Ǳ", "ﬀ", "ﬁ", "Ⓑ", "ｂ", "Ɓ", "ƀ", "ḃ",
            "Ḃ", "ɓ", "ȸ", "Æ", "æ", "Œ", "Ø", "Þ", "ð", "Ł"),
        Arbitraries.chars().range('\u00c0', '\u024f').map(String::valueOf),
        Arbitraries.chars().range('\u1e00', '\u1eff').map(String::valueOf),
        Arbitraries.chars().range('\u0080', '\u2fff').map(String::valueOf));
    return piece.list().ofMinSize(1).ofMaxSize(6).map(l -> String.join("", l));
  }
}
