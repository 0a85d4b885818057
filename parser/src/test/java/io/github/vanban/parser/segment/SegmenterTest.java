package io.github.vanban.parser.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vanban.core.Document;
import io.github.vanban.core.DocumentType;
import io.github.vanban.core.Extraction;
import io.github.vanban.core.Relation;
import io.github.vanban.parser.DocumentParser;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SegmenterTest {
  private static final String ORIGINAL = """
      BAN CHẤP HÀNH TRUNG ƯƠNG

      ĐẢNG CỘNG SẢN VIỆT NAM

      Số 24-CT/TW

      Hà Nội, ngày 04 tháng 7 năm 2008

      CHỈ THỊ
      CỦA BAN BÍ THƯ

      về phát triển nền đông y

      Trong những năm qua, …

      Nơi nhận:
      - Các tỉnh uỷ, thành uỷ,
      - Lưu Văn phòng Trung ương Đảng.

      T/M BAN BÍ THƯ

      Trương Tấn Sang
      """;

  private static final String COPY = """
      ĐẢNG ỦY KHỐI CÁC CƠ QUAN
      TỈNH YÊN BÁI

      *

      Số 52-BS/ĐUK

      SAO LỤC

      Yên Bái, ngày 20 tháng 8 năm 2008

      T/L BAN THƯỜNG VỤ
      CHÁNH VĂN PHÒNG

      Nơi nhận:
      - Các chi, đảng bộ cơ sở,
      - Lưu VP.

      Hà Văn Tâm
      """;

  @Test
  void aCopyAfterItsOriginalIsASecondDocumentThatCopiesIt() {
    String text = ORIGINAL + "\n" + COPY;
    List<Segment> segs = new Segmenter().split(text);
    assertEquals(2, segs.size());
    assertTrue(text.substring(segs.get(1).start()).startsWith("ĐẢNG ỦY KHỐI"), text.substring(segs.get(1).start(), segs.get(1).start() + 20));
    Extraction x = DocumentParser.standard().parse(text, "copy.txt");
    Document copy = x.documents().get(1);
    assertEquals(DocumentType.BAN_SAO, copy.type());
    assertEquals(Relation.COPY_OF, copy.citations().get(0).relation());
    assertEquals("24-CT/TW", copy.citations().get(0).number().orElseThrow().printed());
    assertEquals(LocalDate.of(2008, 7, 4), copy.citations().get(0).date().orElseThrow());
  }

  @Test
  void aLetterAndTheLetterItForwards() {
    String letter = """
        UBND TỈNH CÀ MAU
        SỞ Y TẾ

        Số: 301/SYT-VP
        V/v triển khai Công văn số 55-CV/TU

        Cà Mau, ngày 10 tháng 3 năm 2021

        Kính gửi: Các đơn vị trực thuộc.

        Sở Y tế nhận được Công văn số 55-CV/TU …

        Nơi nhận:
        - Như trên;
        - Lưu: VT.

        """;
    String forwarded = """
        TỈNH ỦY CÀ MAU

        ĐẢNG CỘNG SẢN VIỆT NAM

        Cà Mau, ngày 01 tháng 3 năm 2021

        Số 55-CV/TU

        Về phòng, chống dịch

        SỞ Y TẾ CÀ MAU
        CÔNG	SỐ: 120
        VĂN	NGÀY: 03/03/2021
        ĐẾN	CHUYỂN: ____

        Kính gửi: Các sở, ban, ngành tỉnh.

        T/M BAN THƯỜNG VỤ
        PHÓ BÍ THƯ

        Nguyễn Tiến Hải
        """;
    Extraction x = DocumentParser.standard().parse(letter + forwarded, "two.txt");
    assertEquals(2, x.documents().size());
    assertEquals("301/SYT-VP", x.documents().get(0).number().orElseThrow().printed());
    Document second = x.documents().get(1);
    assertEquals("55-CV/TU", second.number().orElseThrow().printed());
    assertEquals(1, second.receipts().size(), "the stamp is a receipt of the forwarded letter");
    assertEquals("120", second.receipts().get(0).number().orElseThrow());
    assertEquals("Nguyễn Tiến Hải", second.signer().orElseThrow().name());
  }

  @Test
  void aNewsReportIsOneSegment() {
    String text = "Ngày 12/3/2021, UBND tỉnh ban hành Kế hoạch số 77/KH-UBND.\nSố: 5 người tham dự.\n";
    List<Segment> segs = new Segmenter().split(text);
    assertEquals(1, segs.size());
    assertEquals(Segment.Kind.REPORT, segs.get(0).kind());
  }

  @Test
  void aNumberLineWithoutAClosedDocumentBeforeItDoesNotSplit() {
    String text = "ỦY BAN NHÂN DÂN\nTỈNH A\n\nSố: 1/UBND-VP\n\nnội dung\n\nSố: 2/UBND-VP\n";
    assertEquals(1, new Segmenter().split(text).size());
  }
}
