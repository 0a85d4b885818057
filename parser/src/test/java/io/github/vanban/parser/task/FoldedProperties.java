package io.github.vanban.parser.task;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.vanban.core.text.Fold;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link Folded} reads the same as the plain definition: the window stripped of its marks by
 * {@link Fold#stripMarks} and lower-cased, or only lower-cased when stripping would change its
 * length; and a phrase is meant where the source, lower-cased with its white space collapsed,
 * spells the phrase or one of its exact forms.
 */
class FoldedProperties {
  private static final List<String> PIECES = List.of("Đề nghị", "đề nghị", "để", "ĐỂ", "de",
      "DE", "đã", "da", "Ủy ban", "UỶ BAN", "uy ban", " ", "  ", "\n", "\u00a0", "\u200b", ",",
      ".", "(", "e\u0301", "\u0303", "\u2014", "\u3001", "漢", "báo cáo", "Sở", "1", "a)");

  @Provide
  Arbitrary<String> text() {
    return Arbitraries.of(PIECES).list().ofMaxSize(30).map(l -> String.join("", l));
  }

  @Property(tries = 400)
  void foldsAsTheDefinition(@ForAll("text") String text) {
    int n = text.length();
    int from = n / 4;
    int to = n - n / 5;
    Folded f = new Folded(text, from, to);
    String window = text.substring(from, to);
    String stripped = Fold.stripMarks(window);
    if (stripped.length() != window.length()) {
      stripped = window;
    }
    for (int i = from; i < to; i++) {
      assertEquals(Character.toLowerCase(stripped.charAt(i - from)), f.at(i), "offset " + i);
    }
  }

  @Property(tries = 400)
  void meansAsTheDefinition(@ForAll("text") String text) {
    Folded f = new Folded(text);
    for (String phrase : Lexicon.EXACT.keySet()) {
      for (int i = 0; i < text.length(); i++) {
        int e = f.match(i, phrase, text.length());
        if (e >= 0) {
          String word = text.substring(i, e).toLowerCase(java.util.Locale.ROOT)
              .replaceAll("[\\s\\p{Zs}\u200b]+", " ");
          boolean meant = Lexicon.EXACT.get(phrase).contains(word) || word.equals(phrase);
          assertEquals(meant, f.meant(i, e, phrase), phrase + " at " + i + " in " + text);
        }
      }
    }
  }

  @Property(tries = 400)
  void indexOfIsTheFirstOffsetOfTheChar(@ForAll("text") String text) {
    int n = text.length();
    int from = n / 4;
    int to = n - n / 5;
    Folded f = new Folded(text, from, to);
    for (char c : new char[] {',', ' ', 'd', '('}) {
      for (int i = 0; i <= n; i++) {
        for (int limit : new int[] {to, n, i, Math.max(0, i - 1)}) {
          int expected = -1;
          for (int k = i; k < limit && expected < 0; k++) {
            expected = f.at(k) == c ? k : -1;
          }
          assertEquals(expected, f.indexOf(c, i, limit), c + " from " + i + " to " + limit);
        }
      }
    }
  }

  /** Texts that span several 64-offset words of the bitset of word starts. */
  @Provide
  Arbitrary<String> longText() {
    return Arbitraries.of(PIECES).list().ofMinSize(20).ofMaxSize(120)
        .map(l -> String.join("", l));
  }

  @Property(tries = 200)
  void nextWordStartIsTheFirstWordBoundaryInLongTexts(@ForAll("longText") String text) {
    nextWordStartIsTheFirstWordBoundary(text);
  }

  @Property(tries = 400)
  void nextWordStartIsTheFirstWordBoundary(@ForAll("text") String text) {
    int n = text.length();
    int from = n / 4;
    int to = n - n / 5;
    Folded f = new Folded(text, from, to);
    for (int i = 0; i <= n; i++) {
      for (int limit : new int[] {to, n, i, Math.max(0, i - 1)}) {
        int expected = i;
        while (expected < limit && !(f.boundaryBefore(expected) && Folded.isWord(f.at(expected)))) {
          expected++;
        }
        assertEquals(expected, f.nextWordStart(i, limit), "from " + i + " to " + limit + " in " + text);
      }
    }
  }
}
