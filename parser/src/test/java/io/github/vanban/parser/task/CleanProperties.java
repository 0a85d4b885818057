package io.github.vanban.parser.task;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * {@link TaskFinder#clean(String, int, int)} on a range gives what the plain definition gives
 * on a copy of it: white space runs collapsed, then trimmed, leading punctuation dropped, the
 * closing {@code ./.} or {@code /.} dropped, each followed by a trim.
 */
class CleanProperties {
  private static final List<String> PIECES = List.of("a", "Sở", "báo cáo", " ", "  ", "\n",
      "\t", "\r\n", "\u00a0", "\u2003", "\u001c", ",", ";", ":", ".", "-", "–", "/", "./.",
      "/.", "(", ")");

  @Provide
  Arbitrary<String> text() {
    return Arbitraries.of(PIECES).list().ofMaxSize(16).map(l -> String.join("", l));
  }

  @Property(tries = 2000)
  void cleansARangeAsTheDefinitionItsCopy(@ForAll("text") String text,
      @ForAll @IntRange(max = 100) int a, @ForAll @IntRange(max = 100) int b) {
    int from = Math.min(a, b) % (text.length() + 1);
    int to = Math.max(from, Math.max(a, b) % (text.length() + 1));
    assertEquals(definition(text.substring(from, to)), TaskFinder.clean(text, from, to),
        "[" + from + ", " + to + ") of [" + text + "]");
  }

  /** The definition: the earlier implementation, on a copy. */
  private static String definition(String s) {
    String t = s.replaceAll("[ \\t\\n\\x0B\\f\\r]+", " ").strip();
    while (!t.isEmpty() && ",;:.-–".indexOf(t.charAt(0)) >= 0) {
      t = t.substring(1).strip();
    }
    while (t.endsWith("./.") || t.endsWith("/.")) {
      t = t.substring(0, t.length() - (t.endsWith("./.") ? 3 : 2)).strip();
    }
    return t;
  }
}
