package io.github.vanban.parser.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.vanban.core.Extraction;
import io.github.vanban.core.text.Fold;
import io.github.vanban.parser.DocumentParser;
import io.github.vanban.parser.text.SourceDecoder;
import io.github.vanban.parser.text.TextNormalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

/**
 * Properties of the parser over arbitrary text, arbitrary bytes and real documents broken in
 * the ways files break: it never throws, every span lies in the normalised text and holds its
 * words, and the same input gives the same extraction.
 */
class ParserProperties {
  private static final DocumentParser PARSER = DocumentParser.standard();

  @Property(tries = 300)
  void arbitraryTextNeverBreaksTheParser(
      @ForAll @StringLength(max = 600) @Chars({'\n', '\r', '\t', ' ', '|', '*', '-', '/', '.', ':', ';', ',', '('})
      @CharRange(from = 'A', to = 'z') @CharRange(from = '0', to = '9') @CharRange(from = '\u00c0', to = '\u1ef9')
      @CharRange(from = '\u0000', to = '\u001f') String text) {
    check(text);
  }

  @Property(tries = 200)
  void anyUnicodeNeverBreaksTheParser(@ForAll @StringLength(max = 400) String text) {
    check(text);
  }

  @Property(tries = 200)
  void arbitraryBytesNeverBreakTheParser(@ForAll @Size(max = 2000) byte[] bytes) {
    Extraction a = PARSER.parse(bytes, "bytes.txt");
    Inputs.assertSpansInBounds(TextNormalizer.normalize(SourceDecoder.decode(bytes).text()), a);
    assertEquals(a, PARSER.parse(bytes, "bytes.txt"), "extraction is not deterministic");
  }

  @Property(tries = 150)
  void mutatedRealDocumentsNeverBreakTheParser(@ForAll("mutated") String text) {
    check(text);
  }

  private static void check(String text) {
    Extraction x = PARSER.parse(text, "input.txt");
    Inputs.assertSpansInBounds(TextNormalizer.normalize(text), x);
    assertEquals(x, PARSER.parse(text, "input.txt"), "extraction is not deterministic");
  }

  @Provide
  Arbitrary<String> mutated() {
    Arbitrary<Integer> doc = Arbitraries.integers().between(0, Inputs.realDocuments().size() - 1);
    Arbitrary<Mutation> mutation = Combinators.combine(
        Arbitraries.of(Op.values()), Arbitraries.integers().between(0, Integer.MAX_VALUE),
        Arbitraries.integers().between(0, Integer.MAX_VALUE)).as(Mutation::new);
    return Combinators.combine(doc, mutation.list().ofMinSize(1).ofMaxSize(12))
        .as((d, ms) -> apply(Inputs.realDocuments().get(d), ms));
  }

  /** The ways a copied, converted or OCR-read file breaks. */
  enum Op {
    DELETE_LINE, DUPLICATE_LINE, SWAP_LINES, STRIP_DIACRITICS, INSERT_PIPES, INSERT_CONTROL, JOIN_LINES, SPLIT_LINE,
    TRUNCATE, BOLD
  }

  record Mutation(Op op, int a, int b) {}

  static String apply(String text, List<Mutation> mutations) {
    List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
    for (Mutation m : mutations) {
      if (lines.isEmpty()) {
        lines.add("");
      }
      int i = m.a() % lines.size();
      int j = m.b() % lines.size();
      String line = lines.get(i);
      switch (m.op()) {
        case DELETE_LINE -> lines.remove(i);
        case DUPLICATE_LINE -> lines.add(j, line);
        case SWAP_LINES -> {
          lines.set(i, lines.get(j));
          lines.set(j, line);
        }
        case STRIP_DIACRITICS -> lines.set(i, Fold.stripMarks(line));
        case INSERT_PIPES -> lines.set(i, "| " + line.replace("  ", " | ") + " |");
        case INSERT_CONTROL -> {
          int at = line.isEmpty() ? 0 : m.b() % (line.length() + 1);
          char c = (char) (m.b() % 32 == 10 ? 0x7f : m.b() % 32);
          lines.set(i, line.substring(0, at) + c + line.substring(at));
        }
        case JOIN_LINES -> {
          if (i + 1 < lines.size()) {
            lines.set(i, line + " " + lines.remove(i + 1));
          }
        }
        case SPLIT_LINE -> {
          int at = line.isEmpty() ? 0 : m.b() % (line.length() + 1);
          lines.set(i, line.substring(0, at));
          lines.add(i + 1, line.substring(at));
        }
        case TRUNCATE -> {
          int at = line.isEmpty() ? 0 : m.b() % (line.length() + 1);
          lines.set(i, line.substring(0, at));
          lines.subList(i + 1, lines.size()).clear();
        }
        case BOLD -> lines.set(i, "**" + line + "**");
      }
    }
    return String.join("\n", lines);
  }
}
