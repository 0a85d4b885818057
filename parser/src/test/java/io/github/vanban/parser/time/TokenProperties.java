package io.github.vanban.parser.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A token whose folded form is made only when asked for reads as if it had been made at once:
 * {@link Token#normIs} and {@link Token#isWord} asked before {@link Token#norm()} answer as
 * {@code norm().equals}, {@link Token#isMark} as its first char, the value of a number is
 * {@link Integer#parseInt} of its folded form, and the form has the token's length.
 */
class TokenProperties {

  @Provide
  Arbitrary<String> text() {
    return Arbitraries.oneOf(
        Arbitraries.of("Trước ngày 15/11 hằng năm", "trong thời hạn 10 ngày làm việc",
            "BÁO CÁO QUÝ II/2021", "16h00 ngày 05/6", "Đôn đốc", "nhắc nhở", "xyz",
            "١٢/٣", "１２３４５", "2021", "0042", "“trước”", "–", "ĐỂ", "De", "ngay")
            .list().ofMaxSize(6).map(ws -> String.join(" ", ws)),
        Arbitraries.strings().ofMaxLength(40));
  }

  @Property(tries = 1000)
  void readsAsTheFormMadeAtOnce(@ForAll("text") String text) {
    ImmutableList<Token> asked = Tokenizer.tokens(text, 0, text.length());
    ImmutableList<Token> made = Tokenizer.tokens(text, 0, text.length());
    assertEquals(made.size(), asked.size());
    for (int i = 0; i < made.size(); i++) {
      Token m = made.get(i);
      String norm = m.norm();
      Token a = asked.get(i);
      List<String> probes = new ArrayList<>(List.of(norm, norm + "x", "", "ngay", "de",
          norm.isEmpty() ? "" : norm.substring(1)));
      for (String w : probes) {
        assertEquals(norm.equals(w), a.normIs(w), w + " / " + norm);
        assertEquals(m.type() == Token.Type.WORD && norm.equals(w), a.isWord(w));
      }
      for (char c : ",;:./-()–“x".toCharArray()) {
        assertEquals(m.type() == Token.Type.MARK && norm.charAt(0) == c, a.isMark(c));
      }
      assertEquals(m.type() == Token.Type.NUMBER && norm.length() <= 4
          ? Integer.parseInt(norm) : -1, a.value(), norm);
      assertEquals(m.end() - m.start(), norm.length());
      assertEquals(norm.length(), a.length());
      assertEquals(norm, a.norm());
    }
  }
}
