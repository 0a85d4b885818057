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

  /**
   * A mention read once ({@link AgencyResolver#reading}) and resolved in several localities
   * one after the other resolves in each as a reading of its own does: nothing of one
   * resolution (renderings in its place) carries over to the next.
   */
  @Property(tries = 200)
  void oneReadingResolvesInEveryPlaceAsAFreshOne(@ForAll("issuerLines") String text,
      @ForAll("placeOrders") List<Locality> places) {
    AgencyResolver.Reading shared = R.reading(text);
    assertEquals(R.localityOf(text), shared.locality(), text);
    for (Locality place : places) {
      assertEquals(R.reading(text).resolve(place), shared.resolve(place), text + " in " + place);
      assertEquals(R.resolve(text, place), shared.resolve(place), text + " in " + place);
    }
    assertEquals(R.reading(text).resolve(shared.locality()), shared.resolve(shared.locality()), text);
  }

  @Provide
  Arbitrary<List<Locality>> placeOrders() {
    return Arbitraries.of(PLACES).list().ofMinSize(1).ofMaxSize(4);
  }

  /** Header issuer lines (a parent over a body, or a body alone) and noisy text. */
  @Provide
  Arbitrary<String> issuerLines() {
    Arbitrary<String> parent = Arbitraries.of("UBND TỈNH ĐỒNG NAI", "ỦY BAN NHÂN DÂN", "TỈNH ỦY KIÊN GIANG",
        "UBND HUYỆN PHONG ĐIỀN", "THÀNH ỦY CẦN THƠ", "BỘ TÀI CHÍNH", "");
    Arbitrary<String> body = Arbitraries.of("SỞ TƯ PHÁP", "VĂN PHÒNG", "Sở Nội vụ", "BAN TUYÊN GIÁO",
        "Ủy ban nhân dân huyện", "Công an tỉnh", "UBND tỉnh", "Huyện ủy", "");
    Arbitrary<String> lines = Arbitraries.oneOf(gazetteerNames(),
        parent.flatMap(p -> body.map(b -> p + "\n" + b)), noisyText());
    return lines;
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
