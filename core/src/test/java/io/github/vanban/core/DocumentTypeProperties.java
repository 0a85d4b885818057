package io.github.vanban.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link DocumentType#fromSymbol} (an exact lookup before folding) names the type that the
 * rule of its Javadoc names, computed here from the abbreviations by folding every time: the
 * first type in declaration order with the code as written, else the first whose folded
 * abbreviation equals the folded code, and for {@code TT} the Party or State type.
 */
class DocumentTypeProperties {

  @Property(tries = 2000)
  void fromSymbolFollowsTheFoldingRule(@ForAll("codes") String code, @ForAll boolean party) {
    assertEquals(byFolding(code, party), DocumentType.fromSymbol(code, party), code);
  }

  private static Optional<DocumentType> byFolding(String code, boolean party) {
    String c = fold(code);
    if (c.equals("TT")) {
      return Optional.of(party ? DocumentType.THONG_TRI : DocumentType.THONG_TU);
    }
    for (DocumentType t : DocumentType.values()) {
      if (t.abbreviations().contains(code)) {
        return Optional.of(t);
      }
    }
    for (DocumentType t : DocumentType.values()) {
      for (String a : t.abbreviations()) {
        if (fold(a).equals(c)) {
          return Optional.of(t);
        }
      }
    }
    return Optional.empty();
  }

  private static String fold(String s) {
    return s.replace('Đ', 'D').replace('đ', 'd').toUpperCase(Locale.ROOT);
  }

  /** Every abbreviation, in any case and with Đ or D, and other short codes. */
  @Provide
  Arbitrary<String> codes() {
    List<String> known = new ArrayList<>(List.of("UBND", "TW", "VPCP", "Tt", "tT", "ĐUK", "X", ""));
    for (DocumentType t : DocumentType.values()) {
      known.addAll(t.abbreviations());
    }
    Arbitrary<String> respelled = Arbitraries.of(known).flatMap(a -> Arbitraries.integers()
        .between(0, (1 << Math.min(a.length(), 8)) * 2 - 1).map(bits -> respell(a, bits)));
    Arbitrary<String> loose = Arbitraries.strings().withChars("TtDdĐđCcHhKkQqyNnrSsLlPpAaBb")
        .ofMinLength(0).ofMaxLength(4);
    return Arbitraries.oneOf(Arbitraries.of(known), respelled, loose);
  }

  /** {@code a} with the case of each letter flipped where {@code bits} says, Đ as D on its last bit. */
  private static String respell(String a, int bits) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < a.length(); i++) {
      char ch = a.charAt(i);
      if ((bits >> (i + 1) & 1) == 1) {
        ch = Character.isUpperCase(ch) ? Character.toLowerCase(ch) : Character.toUpperCase(ch);
      }
      if ((bits & 1) == 1 && (ch == 'Đ' || ch == 'đ')) {
        ch = ch == 'Đ' ? 'D' : 'd';
      }
      b.append(ch);
    }
    return b.toString();
  }
}
