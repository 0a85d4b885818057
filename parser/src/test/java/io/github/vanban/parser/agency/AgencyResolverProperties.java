package io.github.vanban.parser.agency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vanban.core.Agency;
import io.github.vanban.core.text.Fold;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class AgencyResolverProperties {
  private static final AgencyResolver R = AgencyResolver.standard();
  private static final List<Locality> PLACES = List.of(Locality.NONE,
      Locality.province("Đồng Nai"), Locality.city("Cần Thơ"), Locality.province("Kiên Giang"));

  @Property(tries = 300)
  void neverThrowsAndSpansLieInTheText(@ForAll("noisyText") String text, @ForAll("places") Locality place) {
    R.resolve(text, place);
    R.resolveAll(text, place);
    R.localityOf(text);
    for (AgencyMention m : R.find(text, place)) {
      assertTrue(0 <= m.span().start() && m.span().end() <= text.length());
      assertEquals(text.substring(m.span().start(), m.span().end()), m.span().text());
    }
    for (int off = 0; off <= text.length(); off += 7) {
      R.matchAt(text, off, place).ifPresent(m -> assertTrue(m.span().end() <= text.length()));
    }
  }

  @Property(tries = 200)
  void caseAndMarksDoNotChangeTheBody(@ForAll("gazetteerNames") String name, @ForAll("places") Locality place) {
    String key = key(R.resolve(name, place));
    assertEquals(key, key(R.resolve(name.toUpperCase(Locale.ROOT), place)), "upper case of " + name);
    assertEquals(key, key(R.resolve(Fold.stripMarks(name), place)), "no marks in " + name);
    assertEquals(key, key(R.resolve(name.replace("Ủy", "Uỷ").replace("ủy", "uỷ"), place)), name);
  }

  @Property(tries = 100)
  void findsAGazetteerNameInsideASentence(@ForAll("gazetteerNames") String name) {
    String text = "Giao " + name + " chủ trì thực hiện.";
    List<AgencyMention> found = R.find(text, Locality.province("Đồng Nai"));
    assertTrue(found.stream().anyMatch(m -> m.span().start() == 5
        && m.span().end() == 5 + name.length()), () -> name + " → " + found);
  }

  private static String key(Optional<Agency> a) {
    return a.map(Agency::key).orElse("");
  }

  @Provide
  Arbitrary<Locality> places() {
    return Arbitraries.of(PLACES);
  }

  @Provide
  Arbitrary<String> gazetteerNames() {
    List<String> names = new ArrayList<>(R.gazetteer().centralNames());
    names.addAll(List.of("Ủy ban nhân dân tỉnh", "Sở Ngoại vụ", "Sở Lao động - Thương binh và Xã hội",
        "Ban Thường vụ Tỉnh ủy", "Tỉnh ủy", "Văn phòng Ủy ban nhân dân tỉnh", "Công an tỉnh",
        "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Liên hiệp các tổ chức hữu nghị tỉnh",
        "Ban Tuyên giáo Tỉnh ủy", "Huyện ủy Đại Từ", "Ủy ban nhân dân huyện Đại Từ"));
    for (Province p : R.gazetteer().provinces()) {
      names.add("Ủy ban nhân dân " + p.tierWord() + " " + p.name());
      names.add("Sở Tư pháp " + p.tierWord() + " " + p.name());
    }
    return Arbitraries.of(names);
  }

  @Provide
  Arbitrary<String> noisyText() {
    Arbitrary<String> words = Arbitraries.of("UBND", "tỉnh", "Sở", "Nội vụ", "các", "sở", ",", "ban",
        "ngành", "Chủ tịch", "(", ")", "Thủ trưởng", "thành phố", "Biên Hòa", "huyện", "\n", "TX.",
        "Đồng Nai", "Cần Thơ", "và", "Ban", "Thường vụ", "Tỉnh ủy", "trực thuộc", "Trung ương",
        "Bộ", "trên địa bàn", "ỦY BAN", "NHÂN DÂN", "–", "-", ".", ";", "\u0301", "đ", "Đảng ủy", "xã");
    Arbitrary<String> sentence = words.list().ofMaxSize(30).map(l -> String.join(" ", l));
    return Arbitraries.oneOf(sentence, Arbitraries.strings().ofMaxLength(80),
        Arbitraries.strings().withCharRange('\u0000', '\u1fff').ofMaxLength(60));
  }
}
