package io.github.vanban.parser.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vanban.core.Citation;
import io.github.vanban.core.Document;
import io.github.vanban.core.Extraction;
import io.github.vanban.core.Span;
import io.github.vanban.parser.DocumentParser;
import io.github.vanban.parser.text.TextNormalizer;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The whole parser never throws on header-shaped noise, and every span it reports lies inside
 * the normalised source and holds exactly the source's words.
 */
class ParserSpansProperty {
  private static final DocumentParser PARSER = DocumentParser.standard();
  private static final List<String> PIECES = List.of("Số: ", "Số ", "12", "/", "-", "KH-UBND", "CT/TW", " ngày ",
      "19/9/2019", " tháng ", " năm ", "2020", "V/v ", "Về việc ", "Kính gửi:", "\n", "\n\n", "- ", "**", "|",
      "Nơi nhận:", "KT. CHỦ TỊCH", "T/M BAN THƯỜNG VỤ", "PHÓ CHỦ TỊCH", "Nguyễn Văn An", "ỦY BAN NHÂN DÂN",
      "TỈNH ĐỒNG NAI", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Đồng Nai, ", "Chỉ thị ", "Quyết định số ",
      "Luật Đất đai ", "Căn cứ ", "Thực hiện ", "(Chỉ thị 28)", "của Ban Bí thư", "SAO LỤC", "CÔNG", "VĂN", "ĐẾN",
      "614, 615, ", "và", ";", ".", ",", "(", ")", "\t", "ủy", "uỷ", "Noi nhan", "KÝ CHỦ TỊCH", "QUYẾT ĐỊNH");

  @Provide
  Arbitrary<String> headerNoise() {
    return Arbitraries.of(PIECES).list().ofMaxSize(120).map(l -> String.join("", l));
  }

  @Property(tries = 300)
  void neverThrowsAndSpansHoldTheSource(@ForAll("headerNoise") String text) {
    Extraction x = PARSER.parse(text, "x");
    String source = TextNormalizer.normalize(text);
    for (Span s : spans(x)) {
      assertTrue(0 <= s.start() && s.end() <= source.length(), s.toString());
      assertEquals(source.substring(s.start(), s.end()), s.text());
    }
  }

  private static List<Span> spans(Extraction x) {
    List<Span> out = new ArrayList<>();
    for (Document d : x.documents()) {
      out.add(d.span());
      out.addAll(d.spans().values());
      out.addAll(d.unparsed());
      d.signer().ifPresent(s -> out.add(s.span()));
      d.receipts().forEach(r -> out.add(r.span()));
      for (Citation c : d.citations()) {
        out.add(c.span());
      }
    }
    return out;
  }
}
