package io.github.vanban.parser.footer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vanban.core.Authority;
import io.github.vanban.core.Signer;
import io.github.vanban.parser.segment.Segment;
import java.util.List;
import org.junit.jupiter.api.Test;

class FooterReaderTest {
  private static final FooterReader READER = new FooterReader();

  private static Footer read(String text) {
    Footer f = READER.read(text, new Segment(0, text.length(), Segment.Kind.DOCUMENT));
    f.signer().ifPresent(s -> assertEquals(text.substring(s.span().start(), s.span().end()), s.span().text()));
    return f;
  }

  @Test
  void deputySigningForTheHead() {
    String text = """
        … để chỉ đạo xử lý kịp thời./.

        Nơi nhận:
        - Như trên;
        - TT. HĐND tỉnh;
        - Lưu: VT, KGVX.

        KT. CHỦ TỊCH
        PHÓ CHỦ TỊCH



        Lê Văn Hưởng
        """;
    Footer f = read(text);
    Signer s = f.signer().orElseThrow();
    assertEquals("Lê Văn Hưởng", s.name());
    assertEquals(Authority.KT, s.authority().orElseThrow());
    assertEquals("Phó Chủ tịch", s.title().orElseThrow());
    assertEquals(List.of("Như trên", "TT. HĐND tỉnh", "Lưu: VT, KGVX"), f.distribution());
    assertEquals(text.indexOf("Nơi nhận"), f.start());
  }

  @Test
  void partyAuthorityWithSlashAndNoTitle() {
    Footer f = read("""
        thực hiện nghiêm các nội dung trên.

        T/M BAN THƯỜNG VỤ



        Nguyễn Thị Hoa
        """);
    assertEquals(Authority.TM, f.signer().orElseThrow().authority().orElseThrow());
    assertEquals("Nguyễn Thị Hoa", f.signer().orElseThrow().name());
    assertTrue(f.signer().orElseThrow().title().isEmpty());
  }

  @Test
  void nameAfterTheDistributionListOfACopy() {
    Footer f = read("""
        SAO LỤC

        T/L BAN THƯỜNG VỤ
        PHÓ CHÁNH VĂN PHÒNG

        Nơi nhận:
        - Các chi, đảng bộ cơ sở,
        - Lưu VP.

        (35 bản)

        Trần Minh Tâm
        """);
    Signer s = f.signer().orElseThrow();
    assertEquals("Trần Minh Tâm", s.name());
    assertEquals(Authority.TL, s.authority().orElseThrow());
    assertEquals("Phó Chánh Văn phòng", s.title().orElseThrow());
  }

  @Test
  void scribblesAndPageNumbersAreNotNames() {
    Footer f = read("""
        mục văn bản điều hành./.

        Nơi nhận:
        - Như trên;
        - Lưu: VT.

        A Clúy

        12
        """);
    assertTrue(f.signer().isEmpty());
  }

  @Test
  void titleWithTheBodyItHeads() {
    Footer f = read("""
        TL. BỘ TRƯỞNG
        VỤ TRƯỞNG VỤ PHÁP CHẾ
        (đã ký)
        Hoàng Văn An
        """);
    assertEquals("Vụ trưởng Vụ Pháp chế", f.signer().orElseThrow().title().orElseThrow());
    assertEquals(Authority.TL, f.signer().orElseThrow().authority().orElseThrow());
  }

  @Test
  void looksLikeNameWantsTitleCaseWords() {
    assertTrue(FooterReader.looksLikeName("Đỗ Thanh Bình"));
    assertTrue(!FooterReader.looksLikeName("PHÓ CHỦ TỊCH"));
    assertTrue(!FooterReader.looksLikeName("Lưu: VT, VP."));
    assertTrue(!FooterReader.looksLikeName("Xem chi tiết trong file đính kèm"));
  }
}
