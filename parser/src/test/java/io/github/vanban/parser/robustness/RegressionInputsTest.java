package io.github.vanban.parser.robustness;

import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.vanban.core.Extraction;
import io.github.vanban.parser.DocumentParser;
import io.github.vanban.parser.text.TextNormalizer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Inputs the properties once broke the parser with, kept so that they stay fixed. */
class RegressionInputsTest {

  /**
   * seed-003 with lines split, cut and control characters inserted (found by {@link
   * ParserProperties}): {@code CitationFinder$Relations.isParagraphStart} (CitationFinder.java:240,
   * from {@code paragraphStart}:215, {@code Relations.of}:160, {@code CitationFinder.find}:63)
   * throws {@code StringIndexOutOfBoundsException: index -1}. Enable when the citation stage is fixed.
   */
  @Test
  void citationParagraphStartBeforeTheText() throws IOException {
    String text = resource("citation-paragraph-start-minus-one.txt");
    Extraction x = DocumentParser.standard().parse(text, "regression.txt");
    assertFalse(x.documents().isEmpty());
    Inputs.assertSpansInBounds(TextNormalizer.normalize(text), x);
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = RegressionInputsTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
