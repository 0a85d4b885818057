package io.github.vanban.parser.agency;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The separators of layout (white space other than a line break, the {@code *} of bold marks,
 * the {@code |} of web tables), which the tokenizer tells from its table of characters, make no
 * token: words between them read as words between spaces, and a line break still marks the
 * next token.
 */
class TokenizerProperties {
  private static final Tokenizer T = Gazetteer.standard().tokenizer();

  @Property(tries = 500)
  void aSeparatorOfLayoutReadsAsASpace(@ForAll("words") List<String> words,
      @ForAll("layout") List<Character> seps) {
    StringBuilder spaced = new StringBuilder();
    StringBuilder laidOut = new StringBuilder();
    for (int k = 0; k < words.size(); k++) {
      char sep = seps.get(k % seps.size());
      spaced.append(words.get(k)).append(sep == '\n' ? '\n' : ' ');
      laidOut.append(words.get(k)).append(sep);
    }
    List<Token> a = T.tokens(spaced, 0, spaced.length());
    List<Token> b = T.tokens(laidOut, 0, laidOut.length());
    assertEquals(a, b, laidOut.toString());
  }

  @Provide
  Arbitrary<List<String>> words() {
    return Arbitraries.of("Sở", "Tài", "chính", "UBND", "tỉnh", "các", "và", "2025", ",", "-",
        "TP.HCM", "Ủy", "ban", "&", ";", "(", "báo").list().ofMinSize(1).ofMaxSize(10);
  }

  @Provide
  Arbitrary<List<Character>> layout() {
    return Arbitraries.of(' ', '\t', '\u00a0', '\u2003', '\u3000', '\u000b', '\f', '*', '|',
        '\n').list().ofMinSize(1).ofMaxSize(4);
  }
}
