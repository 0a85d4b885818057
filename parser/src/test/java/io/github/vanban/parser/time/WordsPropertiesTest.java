package io.github.vanban.parser.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The look-up of a word in place ({@link Words#openedBy(char[], int, int, int)}, by the hash
 * the tokenizer computes as it reads) finds what the look-up of its string finds, and the
 * tokens carry what their folded words open.
 */
class WordsPropertiesTest {

  @Test
  void everyWordOfTheTablesIsFoundInPlace() {
    for (Words.Openings o : Words.Openings.all()) {
      assertSame(o, inPlace(o.word()), o.word());
      assertSame(Words.Openings.NONE, inPlace(o.word() + "x"), o.word() + "x");
      assertSame(Words.openedBy(o.word().substring(1)), inPlace(o.word().substring(1)));
    }
  }

  @Property(tries = 2000)
  void findsInPlaceWhatTheStringFinds(@ForAll("words") String word) {
    assertSame(Words.openedBy(word), inPlace(word), word);
  }

  @Property(tries = 500)
  void tokensCarryWhatTheirWordsOpen(@ForAll("text") String text) {
    for (Token t : Tokenizer.tokens(text, 0, text.length())) {
      Words.Openings expected =
          t.type() == Token.Type.MARK ? Words.Openings.NONE : Words.openedBy(t.norm());
      assertSame(expected, t.opens(), t.norm() + " in " + text);
      String printed = text.substring(t.start(), t.end());
      assertEquals(printed, t.printed());
      assertEquals(printed.equals(t.norm())
          || printed.toLowerCase(Locale.ROOT).equals(t.norm()), t.printedWithoutMarks(), printed);
      String lower = printed.toLowerCase(Locale.ROOT);
      if (lower.equals("để") || lower.equals("de")) {
        assertEquals("de", t.norm(), printed); // what the test of the purpose word relies on
      }
    }
  }

  @Provide
  Arbitrary<String> words() {
    List<String> known = new ArrayList<>();
    Words.Openings.all().forEach(o -> known.add(o.word()));
    return Arbitraries.oneOf(Arbitraries.of(known),
        Arbitraries.strings().withChars("abcdeghiklmnopqrstuvxy").ofMinLength(1).ofMaxLength(8));
  }

  @Provide
  Arbitrary<String> text() {
    return Arbitraries.oneOf(
        Arbitraries.of("Trước ngày 15/11 hằng năm", "chậm nhất là thứ Sáu hằng tuần",
            "trong thời hạn 10 ngày làm việc", "BÁO CÁO QUÝ II/2021", "Tết Nguyên đán 2021",
            "khi có khó khăn, vướng mắc", "định kỳ 6 tháng một lần", "16h00 ngày 05/6",
            "ĐỂ tổng hợp", "Để", "De xuat", "ĐỀ NGHỊ", "NGAY", "Ngày", "İstanbul")
            .list().ofMaxSize(6).map(ws -> String.join(" ", ws)),
        Arbitraries.strings().ofMaxLength(60));
  }

  private static Words.Openings inPlace(String word) {
    char[] chars = ("  " + word + " ").toCharArray();
    return Words.openedBy(chars, 2, 2 + word.length(), word.hashCode());
  }
}
