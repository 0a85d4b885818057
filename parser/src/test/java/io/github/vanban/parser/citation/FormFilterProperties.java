package io.github.vanban.parser.citation;

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

  @Test
  void refusesWordsThatBeginNoSpelling() {
    char[] chars = "thuc hoi chi thi".toCharArray();
    assertFalse(MentionScanner.mayBeginForm(chars, 0)); // "thu"
    assertFalse(MentionScanner.mayBeginForm(chars, 5)); // "hoi"
    assertTrue(MentionScanner.mayBeginForm(chars, 9)); // "chi"
    assertFalse(MentionScanner.mayBeginForm("ch".toCharArray(), 0)); // too short for any spelling
  }
}
