package io.github.vanban.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * The one-scan reading of plain numbers ({@link DocumentNumber#parsePlain}) gives exactly the
 * value of the general reading ({@link DocumentNumber#parseAnyText}), and {@link
 * DocumentNumber#parse} the value of the general reading for any text: over numbers of the
 * shapes documents print, the same numbers mutated, and loose strings of number characters.
 */
class DocumentNumberProperties {

  private static final String ALPHABET = "0123456789ABCDKHQTWUNaegrđĐ/-&./-–: ,;.SốsỐƯơ٣\u00a0";
  private static final List<String> CODES = List.of("KH", "UBND", "QĐ", "TTg", "CT", "TW", "NĐ",
      "CP", "ĐUK", "GDĐT", "KT&KĐCL", "TT", "HD", "VPTW", "CTr", "BC", "VPCP", "ĐP", "TB", "tt",
      "qđ", "Sở", "2019", "HĐND", "NQ", "CV", "TU", "BS", "ĐTN", "P.KT", "X");

  @Property(tries = 3000, edgeCases = EdgeCasesMode.FIRST)
  void parseEqualsTheGeneralReading(@ForAll("numberLikeText") String text) {
    Statistics.label("plain").collect(DocumentNumber.isPlain(text));
    Statistics.label("parsed").collect(DocumentNumber.parseAnyText(text).isPresent());
    assertSameValue(DocumentNumber.parseAnyText(text), DocumentNumber.parse(text), text);
    if (DocumentNumber.isPlain(text)) {
      assertSameValue(DocumentNumber.parseAnyText(text), DocumentNumber.parsePlain(text), text);
    }
  }

  private static void assertSameValue(Optional<DocumentNumber> expected,
      Optional<DocumentNumber> actual, String text) {
    assertEquals(expected, actual, text);
    if (expected.isPresent()) {
      DocumentNumber e = expected.get();
      DocumentNumber a = actual.get();
      assertEquals(e.hashCode(), a.hashCode(), text);
      assertEquals(e.toString(), a.toString(), text);
      assertEquals(e.key(), a.key(), text);
      assertEquals(e.type(), a.type(), text);
      assertEquals(e.issuerCodes(), a.issuerCodes(), text);
    }
  }

  @Provide
  Arbitrary<String> numberLikeText() {
    return Arbitraries.frequencyOf(
        Tuple.of(4, shaped()),
        Tuple.of(4, mutated(shaped())),
        Tuple.of(2, loose()));
  }

  /** Numbers as printed: sequence, a letter after it, a year, a type code and issuers. */
  private Arbitrary<String> shaped() {
    Arbitrary<String> sequence = Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(5);
    Arbitrary<String> letter = Arbitraries.of("", "", "", "a", "b", "Đ");
    Arbitrary<String> year = Arbitraries.of("", "", "/2013", "/2019", "/201", "/20199");
    Arbitrary<String> separator = Arbitraries.frequency(Tuple.of(12, "/"), Tuple.of(12, "-"),
        Tuple.of(1, "."), Tuple.of(1, "&"), Tuple.of(1, "//"), Tuple.of(1, "--"), Tuple.of(1, "–"));
    Arbitrary<List<String>> codes = Arbitraries.of(CODES).list().ofMinSize(1).ofMaxSize(4);
    Arbitrary<List<String>> separators = separator.list().ofMinSize(4).ofMaxSize(4);
    Arbitrary<String> prefix = Arbitraries.frequency(Tuple.of(20, ""), Tuple.of(1, "Số "),
        Tuple.of(1, "Số: "), Tuple.of(1, "số"), Tuple.of(1, ":"), Tuple.of(1, " "));
    Arbitrary<String> suffix = Arbitraries.frequency(Tuple.of(20, ""), Tuple.of(1, "."),
        Tuple.of(1, ","), Tuple.of(1, ";"), Tuple.of(1, " "), Tuple.of(1, "-"), Tuple.of(1, "/"));
    return Combinators.combine(prefix, sequence, letter, separator, year, codes, separators, suffix)
        .as((p, seq, l, sep, y, cs, seps, s) -> {
          StringBuilder b = new StringBuilder(p).append(seq).append(l).append(sep);
          b.append(y.isEmpty() || sep.equals("-") ? "" : y.substring(1) + "/");
          for (int i = 0; i < cs.size(); i++) {
            b.append(i > 0 ? seps.get(i) : "").append(cs.get(i));
          }
          return b.append(s).toString();
        });
  }

  /** {@code numbers} with a character inserted, deleted or replaced somewhere. */
  private Arbitrary<String> mutated(Arbitrary<String> numbers) {
    Arbitrary<Character> c = Arbitraries.of(toChars(ALPHABET));
    Arbitrary<Integer> kind = Arbitraries.integers().between(0, 2);
    Arbitrary<Integer> where = Arbitraries.integers().between(0, 1000);
    return Combinators.combine(numbers, kind, where, c).as((s, k, w, ch) -> {
      int at = s.isEmpty() ? 0 : w % (s.length() + (k == 0 ? 1 : 0));
      if (k == 0) {
        return s.substring(0, at) + ch + s.substring(at);
      }
      if (s.isEmpty()) {
        return s;
      }
      at = Math.min(at, s.length() - 1);
      return s.substring(0, at) + (k == 1 ? "" : String.valueOf(ch)) + s.substring(at + 1);
    });
  }

  /** Any short string of the characters numbers are made of, and of a few others. */
  private Arbitrary<String> loose() {
    return Arbitraries.strings().withChars(ALPHABET).ofMinLength(0).ofMaxLength(16);
  }

  private static Character[] toChars(String s) {
    Character[] out = new Character[s.length()];
    for (int i = 0; i < s.length(); i++) {
      out[i] = s.charAt(i);
    }
    return out;
  }
}
