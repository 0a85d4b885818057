package io.github.vanban.parser.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** {@link TypeWords#mayStartAt} agrees with the folded text it reads without folding. */
class TypeWordsProperties {

  @Property(tries = 3000)
  void mayStartAtIsSomeWordAtTheFold(@ForAll("lines") String s, @ForAll @IntRange(min = -1, max = 24) int at) {
    String f = MatchText.fold(s);
    boolean expected = false;
    for (TypeWords.Word w : TypeWords.all()) {
      expected |= at >= 0 && at < s.length() && f.startsWith(w.folded(), at);
    }
    assertEquals(expected, TypeWords.mayStartAt(s, at), () -> at + " of [" + s + "]");
    if (at >= 0 && TypeWords.at(f, at).isPresent()) {
      assertTrue(TypeWords.mayStartAt(s, at), () -> at + " of [" + s + "]");
    }
  }

  /** Lines made of pieces of type words, as written (marks, capitals) and cut short. */
  @Provide
  Arbitrary<String> lines() {
    Arbitrary<String> piece = Arbitraries.of("QUYẾT ĐỊNH", "Quyết định", "quyet dinh", "KẾ HOẠCH", "Kế hoạch",
        "CÔNG VĂN", "Công văn", "Chỉ thị", "CHỈ THỊ", "Thông báo", "Nghị quyết", "Kế", "Quy", "Chỉ", "Về", "số",
        " ", "  ", "-", "*", "V/v", "ĐỊNH", "đ", "Đ", "Luật", "BÁO CÁO", "Hướng dẫn", "x", "\t", "Tờ trình");
    return piece.list().ofMaxSize(5).map(l -> String.join("", l));
  }
}
