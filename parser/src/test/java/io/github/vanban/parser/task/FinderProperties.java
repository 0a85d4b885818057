package io.github.vanban.parser.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import io.github.vanban.core.Span;
import io.github.vanban.parser.agency.AgencyResolver;
import io.github.vanban.parser.agency.Locality;
import io.github.vanban.parser.footer.Footer;
import io.github.vanban.parser.header.Header;
import io.github.vanban.parser.segment.DocumentContext;
import io.github.vanban.parser.segment.Segment;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The finders never throw, and every span they give is the exact text at its offsets. */
class FinderProperties {
  private static final AgencyResolver AGENCIES = AgencyResolver.standard();
  private static final List<String> WORDS = List.of("Sở Nội vụ", "UBND tỉnh", "các sở, ban, ngành",
      "Chủ tịch UBND các huyện", "Giao", "đề nghị", "yêu cầu", "báo cáo", "gửi về", "trình",
      "phối hợp với", "chủ trì", "để", "do", "qua", "(", ")", ",", ";", ":", ".", "./.", "\n",
      "\n\n", "1.", "a)", "- ", "Thứ hai,", "Điều 3.", "trước ngày 15/11 hằng năm", "định kỳ",
      "Các bộ: Tài chính, Nội vụ", "các cơ quan, đơn vị có liên quan", "thực hiện", "\u00a0",
      "Báo", "cáo", "tổng hợp", "(qua Sở Nội vụ)", "(đồng gửi Bộ Tài chính)", "kết quả");

  @Provide
  Arbitrary<String> prose() {
    return Arbitraries.of(WORDS).list().ofMaxSize(60).map(l -> String.join(" ", l));
  }

  @Property(tries = 150)
  void findersAreTotalAndTheirSpansExact(@ForAll("prose") String text) {
    Header h = Header.builder().bodyStart(0).locality(Locality.province("Đồng Nai"))
        .date(LocalDate.of(2020, 4, 8)).issuer(io.github.vanban.core.Agency.of(
            "Ủy ban nhân dân tỉnh Đồng Nai")).build();
    DocumentContext c = new DocumentContext(text, new Segment(0, text.length(),
        Segment.Kind.DOCUMENT), h, new Footer(Optional.empty(), ImmutableList.of(), text.length()),
        AGENCIES);
    for (var t : new TaskFinder().find(c)) {
      exact(text, t.span());
      assertTrue(!t.lead().name().isBlank());
    }
    for (var o : new ReportingFinder().find(c)) {
      exact(text, o.span());
      assertTrue(!o.reporter().key().equals(o.recipient().key()), o.toString());
    }
  }

  private static void exact(String text, Span s) {
    assertTrue(0 <= s.start() && s.end() <= text.length(), s.toString());
    assertEquals(text.substring(s.start(), s.end()), s.text());
  }
}
