package io.github.vanban.parser.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vanban.parser.text.MatchText;
import io.github.vanban.parser.text.TypeWords;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The scanner skips an offset whose first three letters begin no spelling of a type word:
 * wherever a spelling is written, the filter lets the offset through.
 */
class FormFilterProperties {
  private static final List<String> SPELLINGS = spellings();

  private static List<String> spellings() {
    List<String> out = new ArrayList<>();
    for (TypeWords.Word w : TypeWords.all()) {
      out.add(w.folded());
      out.add(w.folded().replace(" ", ""));
    }
    out.add("van ban");
    out.add("vanban");
    return out;
  }

  @Provide
  Arbitrary<String> textWithTypeWords() {
    Arbitrary<String> piece = Arbitraries.oneOf(
        Arbitraries.of(SPELLINGS),
        Arbitraries.strings().withChars("chtnqvbkluyeoai đ“-/0123456789").ofMaxLength(6));
    return piece.list().ofMaxSize(12).map(l -> String.join("", l));
  }

  @Property(tries = 1000)
  void letsEverySpellingThrough(@ForAll("textWithTypeWords") String text) {
    String f = MatchText.fold(text);
    char[] chars = f.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      for (String s : SPELLINGS) {
        if (f.startsWith(s, i)) {
          assertTrue(MentionScanner.mayBeginForm(chars, i), () -> s + " at " + f);
        }
      }
    }
  }

  @Property(tries = 1000)
  void letsThroughWhatTheFirstThreeLettersOfASpellingAllow(@ForAll("textWithTypeWords") String text) {
    char[] chars = (text + "ạx").toCharArray(); // and a letter beyond ASCII
    for (int i = 0; i < chars.length; i++) {
      boolean expected = false;
      for (String s : SPELLINGS) {
        expected |= allows(s, chars, i);
      }
      final int at = i;
      assertEquals(expected, MentionScanner.mayBeginForm(chars, i), () -> at + " of " + new String(chars));
    }
  }

  /**
   * Whether spelling {@code s} agrees with the letters at {@code i}: the first letter, then
   * the second unless it is beyond ASCII (or past the end), then the third if {@code s} has an
   * ASCII one.
   */
  private static boolean allows(String s, char[] chars, int i) {
    char c1 = i + 1 < chars.length ? chars[i + 1] : 0x80;
    char c2 = i + 2 < chars.length ? chars[i + 2] : 0x80;
    return chars[i] < 128 && s.charAt(0) == chars[i] && (c1 >= 128 || s.length() < 2
        || s.charAt(1) == c1 && (s.length() < 3 || s.charAt(2) >= 128 || s.charAt(2) == c2));
  }

  @Test
  void refusesWordsThatBeginNoSpelling() {
    char[] chars = "thuc hoi chi thi".toCharArray();
    assertFalse(MentionScanner.mayBeginForm(chars, 0)); // "thu"
    assertFalse(MentionScanner.mayBeginForm(chars, 5)); // "hoi"
    assertTrue(MentionScanner.mayBeginForm(chars, 9)); // "chi"
    assertFalse(MentionScanner.mayBeginForm("ch".toCharArray(), 0)); // too short for any spelling
  }
}
