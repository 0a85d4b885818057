package io.github.vanban.parser.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vanban.parser.text.MatchText;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Whether a line closes a document, read in place, is what the folded and collapsed copies of
 * its first 40 characters said.
 */
class ClosesProperties {
  private static final String[] AUTHORITIES = {"TM. ", "T/M ", "KT. ", "K/T ", "TL. ", "T/L ", "TUQ. ", "Q. "};

  /** The test on copies that {@link Segmenter#closes} replaced. */
  private static boolean closesByCopies(String raw) {
    String f = MatchText.fold(raw);
    int k = 0;
    while (k < f.length() && f.charAt(k) <= ' ') {
      k++;
    }
    while (k < f.length() && (f.charAt(k) == '-' || f.charAt(k) == ' ')) {
      k++;
    }
    if (f.startsWith("noi nhan", k)) {
      return true;
    }
    String c = MatchText.collapse(raw);
    for (String a : AUTHORITIES) {
      if (c.startsWith(a) && c.length() < 80) {
        return true;
      }
    }
    return false;
  }

  @Provide
  Arbitrary<String> lines() {
    Arbitrary<String> piece = Arbitraries.oneOf(
        Arbitraries.of("TM.", "T/M", "KT.", "TUQ.", "Q.", "Nơi nhận", "NƠI NHẬN", "noi nhan", "CHỦ TỊCH", "Tỉnh"),
        Arbitraries.strings().withChars(" \t*|-–.TKQMLU/\u00a0\u2003ơnhậ").ofMaxLength(4));
    return piece.list().ofMaxSize(6).map(l -> String.join("", l));
  }

  @Property(tries = 3000)
  void sameAsTheCopies(@ForAll("lines") String line, @ForAll("lines") String before) {
    String text = before + "\n" + line + "\nrest";
    int from = before.length() + 1;
    int to = Math.min(from + line.length(), from + 40);
    assertEquals(closesByCopies(text.substring(from, to)), Segmenter.closes(text, from, to), () -> "[" + line + "]");
  }

  @Test
  void examples() {
    String t = "Nơi nhận:\nKT. CHỦ TỊCH\nTM.\nThực hiện";
    assertTrue(Segmenter.closes(t, 0, 9));
    assertTrue(Segmenter.closes(t, 10, 22));
    assertFalse(Segmenter.closes(t, 23, 26)); // a code with no word after it
    assertFalse(Segmenter.closes(t, 27, 36));
  }
}
