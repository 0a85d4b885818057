package io.github.vanban.parser.robustness;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vanban.parser.DocumentParser;
import org.junit.jupiter.api.Test;

/**
 * The parser's time grows about linearly with its input: eight times the text may take at
 * most eight times the time, with a factor of six to spare for a busy machine, plus a second.
 * A quadratic stage (a scan from every line to the end, a regular expression that backtracks)
 * takes sixty-four times as long and fails it.
 */
class LinearTimeTest {
  private static final DocumentParser PARSER = DocumentParser.standard();

  @Test
  void eightTimesTheTextTakesAboutEightTimesTheTime() {
    String small = text(400_000);
    String large = text(3_200_000);
    best(small);
    best(large);
    long tSmall = best(small);
    long tLarge = best(large);
    long bound = 8 * 6 * tSmall + 1_000_000_000L;
    assertTrue(tLarge <= bound, String.format("%.1f ms for 400 kB, %.1f ms for 3.2 MB: not linear",
        tSmall / 1e6, tLarge / 1e6));
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

  private static String text(int chars) {
    StringBuilder b = new StringBuilder(chars + 10_000);
    int i = 0;
    while (b.length() < chars) {
      b.append(Inputs.realDocuments().get(i++ % Inputs.realDocuments().size())).append('\n');
    }
    return b.toString();
  }
}
