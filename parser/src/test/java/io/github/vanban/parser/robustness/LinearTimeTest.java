package io.github.vanban.parser.robustness;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vanban.parser.DocumentParser;
import org.junit.jupiter.api.Test;

/**
 * The parser's time grows about linearly with its input: eight times the text may take at
 * most eight times the time, with a factor of six to spare for a busy machine, plus a second.
 * Measured on one document whose body grows and on many documents in one file. A quadratic stage (a scan from every line to the end, a regular expression that backtracks)
 * takes sixty-four times as long and fails it.
 */
class LinearTimeTest {
  private static final DocumentParser PARSER = DocumentParser.standard();

  @Test
  void eightTimesTheBodyTakesAboutEightTimesTheTime() {
    assertLinear(oneDocument(40_000), oneDocument(320_000));
  }

  @Test
  void eightTimesTheDocumentsTakeAboutEightTimesTheTime() {
    assertLinear(documents(60_000), documents(480_000));
  }

  private static void assertLinear(String small, String large) {
    best(small);
    best(large);
    long tSmall = best(small);
    long tLarge = best(large);
    long bound = 8 * 6 * tSmall + 1_000_000_000L;
    assertTrue(tLarge <= bound, String.format("%.1f ms for %d chars, %.1f ms for %d: not linear",
        tSmall / 1e6, small.length(), tLarge / 1e6, large.length()));
  }

  private static long best(String text) {
    long best = Long.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      long start = System.nanoTime();
      PARSER.parse(text, "linear.txt");
      best = Math.min(best, System.nanoTime() - start);
    }
    return best;
  }

  /** One real document whose body is repeated to {@code chars} characters. */
  private static String oneDocument(int chars) {
    String doc = Inputs.realDocuments().get(0);
    int body = Math.max(0, doc.indexOf("Thực hiện"));
    StringBuilder b = new StringBuilder(chars + 10_000).append(doc, 0, body);
    String paragraphs = doc.substring(body).replace("Nơi nhận", "Nơi gửi");
    while (b.length() < chars) {
      b.append(paragraphs).append("\n\n");
    }
    return b.toString();
  }

  /** Real documents one after the other to {@code chars} characters. */
  private static String documents(int chars) {
    StringBuilder b = new StringBuilder(chars + 10_000);
    int i = 0;
    while (b.length() < chars) {
      b.append(Inputs.realDocuments().get(i++ % Inputs.realDocuments().size())).append('\n');
    }
    return b.toString();
  }
}
