package io.github.vanban.parser.header;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vanban.core.Document.Field;
import io.github.vanban.core.DocumentType;
import io.github.vanban.core.Span;
import io.github.vanban.parser.agency.AgencyResolver;
import io.github.vanban.parser.segment.Segment;
import io.github.vanban.parser.text.TextNormalizer;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeaderReaderTest {
  private static final HeaderReader READER = new HeaderReader(AgencyResolver.standard());

  private static Header read(String text) {
    String t = TextNormalizer.normalize(text);
    Header h = READER.read(t, new Segment(0, t.length(), Segment.Kind.DOCUMENT));
    for (Span s : h.spans().values()) {
      assertEquals(t.substring(s.start(), s.end()), s.text(), "span text differs from the source");
    }
    return h;
  }

  @Test
  void districtHeaderKeepsItsDistrictWhenTheBodyNamesTheProvince() {
    Header h = read("""
        ỦY BAN NHÂN DÂN
        HUYỆN PHONG ĐIỀN

        Số: 302/UBND-VX
        V/v thực hiện Kế hoạch của UBND tỉnh

        Phong Điền, ngày 05 tháng 10 năm 2012

        Thực hiện Kế hoạch số 190/KH-UBND ngày 17/9/2012 của Ủy ban nhân dân tỉnh Thừa Thiên Huế,
        Chủ tịch Ủy ban nhân dân huyện yêu cầu:
        """);
    assertEquals("Ủy ban nhân dân huyện Phong Điền", h.issuer().orElseThrow().name());
    assertEquals(java.util.Optional.of("Thừa Thiên Huế"), h.locality().province());
    assertEquals(java.util.Optional.of("huyện Phong Điền"), h.locality().district());
  }

  @Test
  void stateLetterWithParentAndChildBody() {
    Header h = read("""
        UBND TỈNH BÌNH PHƯỚC
        SỞ NỘI VỤ

        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập – Tự do – Hạnh phúc

        Số: 712 /SNV-TCBC
        V/v triển khai thực hiện
        Quyết định số 15/2021/QĐ-UBND

        Bình Phước, ngày 03 tháng 6 năm 2021

        Kính gửi:

        - Các sở, ban, ngành tỉnh;
        - UBND các huyện, thị xã, thành phố.

        Thực hiện Quyết định số 15/2021/QĐ-UBND …
        """);
    assertEquals("712/SNV-TCBC", h.number().orElseThrow().printed());
    assertEquals(DocumentType.CONG_VAN, h.type());
    assertEquals("UBND TỈNH BÌNH PHƯỚC\nSỞ NỘI VỤ", h.spans().get(Field.ISSUER).text());
    assertEquals("Sở Nội vụ tỉnh Bình Phước", h.issuer().orElseThrow().name());
    assertEquals("Bình Phước", h.place().orElseThrow());
    assertEquals(LocalDate.of(2021, 6, 3), h.date().orElseThrow());
    assertEquals("triển khai thực hiện Quyết định số 15/2021/QĐ-UBND", h.subject().orElseThrow());
    assertEquals(List.of("Các sở, ban, ngành tỉnh", "UBND các huyện, thị xã, thành phố"), h.recipients());
    assertTrue(h.spans().keySet().containsAll(List.of(Field.NUMBER, Field.ISSUER, Field.DATE, Field.SUBJECT)));
  }

  @Test
  void partyDirectiveWithTitleUnderTheHeading() {
    Header h = read("""
        BAN CHẤP HÀNH TRUNG ƯƠNG

        ĐẢNG CỘNG SẢN VIỆT NAM

        Số 05-CT/TW

        Hà Nội, ngày 15 tháng 5 năm 2016

        CHỈ THỊ
        CỦA BỘ CHÍNH TRỊ

        **về đẩy mạnh học tập và làm theo tư tưởng,
        đạo đức, phong cách Hồ Chí Minh**

        Sau 10 năm thực hiện …
        """);
    assertEquals("05-CT/TW", h.number().orElseThrow().printed());
    assertEquals(DocumentType.CHI_THI, h.type());
    assertEquals("Hà Nội", h.place().orElseThrow());
    assertEquals("đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", h.subject().orElseThrow());
  }

  @Test
  void decisionTitleStopsAtTheIssuingLineBeforeCanCu() {
    Header h = read("""
        ỦY BAN NHÂN DÂN
        TỈNH LONG AN
        -------
        |
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        |
        Số:
        845/QĐ-UBND
        |
        Long An,
        ngày 12 tháng 3 năm 2019
        QUYẾT ĐỊNH
        BAN HÀNH QUY CHẾ PHỐI HỢP
        GIỮA CÁC SỞ, NGÀNH
        ỦY BAN NHÂN DÂN TỈNH LONG AN
        Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;
        """);
    assertEquals("845/QĐ-UBND", h.number().orElseThrow().printed());
    assertEquals(DocumentType.QUYET_DINH, h.type());
    assertEquals("Long An", h.place().orElseThrow());
    assertEquals(LocalDate.of(2019, 3, 12), h.date().orElseThrow());
    assertEquals("BAN HÀNH QUY CHẾ PHỐI HỢP GIỮA CÁC SỞ, NGÀNH", h.subject().orElseThrow());
  }

  @Test
  void flattenedHeaderEndsWhereItsFieldsEndNotWithTheLine() {
    // a web copy that lost its line breaks: header and body on one line
    String line = "BAN CHẤP HÀNH TRUNG ƯƠNG***Số: 52 - QĐ/TWĐTN-VPĐOÀN TNCS HỒ CHÍ MINH Hà Nội, "
        + "ngày 14 tháng 3 năm 2016 QUYẾT ĐỊNHVề việc ban hành Quy chế làm việc của Văn phòng--------- "
        + "BAN BÍ THƯ TRUNG ƯƠNG ĐOÀN TNCS HỒ CHÍ MINH- Căn cứ Điều lệ Đoàn TNCS Hồ Chí Minh; QUYẾT ĐỊNH "
        + "Điều 1. Ban hành kèm theo quyết định này Quy chế làm việc của Văn phòng. Điều 2. Giao Văn phòng "
        + "Trung ương Đoàn hướng dẫn thực hiện Quyết định này.";
    Header h = read(line);
    assertEquals("52-QĐ/TWĐTN-VP", h.number().orElseThrow().printed());
    assertEquals(DocumentType.QUYET_DINH, h.type());
    assertEquals(LocalDate.of(2016, 3, 14), h.date().orElseThrow());
    assertEquals("ban hành Quy chế làm việc của Văn phòng", h.subject().orElseThrow());
    String issuer = h.spans().get(Field.ISSUER).text();
    assertTrue(issuer.startsWith("BAN CHẤP HÀNH") && issuer.endsWith("ĐOÀN TNCS HỒ CHÍ MINH"), issuer);
    // the body begins after the header's last field, before the preamble and the articles
    assertTrue(h.bodyStart() >= h.spans().get(Field.SUBJECT).end(), "body starts inside the header");
    assertTrue(h.bodyStart() <= line.indexOf("- Căn cứ"), "body starts after " + h.bodyStart());
  }

  @Test
  void twoColumnLinesKeepTheIssuerApartFromTheMotto() {
    Header h = read("""
        ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        TỈNH TRÀ VINH Độc Lập - Tự Do - Hạnh Phúc

        Số: 1203/UBND-KGVX Trà Vinh, ngày 9 tháng 5 năm 2012

        V/v tổ chức các hoạt động kỷ niệm
        """);
    assertEquals("1203/UBND-KGVX", h.number().orElseThrow().printed());
    assertEquals("Ủy ban nhân dân tỉnh Trà Vinh", h.issuer().orElseThrow().name());
    assertTrue(h.spans().get(Field.ISSUER).text().endsWith("TỈNH TRÀ VINH"), h.spans().get(Field.ISSUER).text());
    assertEquals("Trà Vinh", h.place().orElseThrow());
    assertEquals("tổ chức các hoạt động kỷ niệm", h.subject().orElseThrow());
  }

  @Test
  void receivedStampIsAReceiptNotAHeaderField() {
    Header h = read("""
        HUYỆN ỦY CHÂU THÀNH

        ĐẢNG CỘNG SẢN VIỆT NAM

        Số 112-CV/HU

        Về việc tổ chức hội nghị

        UBND XÃ AN HÒA
        CÔNG	SỐ: 87
        VĂN	NGÀY: 04/03/2021
        ĐẾN	CHUYỂN: ____

        Kính gửi: Các chi bộ trực thuộc.
        """);
    assertEquals("112-CV/HU", h.number().orElseThrow().printed());
    assertEquals(DocumentType.CONG_VAN, h.type());
    assertEquals("tổ chức hội nghị", h.subject().orElseThrow());
    assertEquals(1, h.receipts().size());
    assertEquals("87", h.receipts().get(0).number().orElseThrow());
    assertEquals(LocalDate.of(2021, 3, 4), h.receipts().get(0).date().orElseThrow());
    assertEquals(List.of("Các chi bộ trực thuộc"), h.recipients());
  }

  @Test
  void newsReportGivesTheReportedDocument() {
    Header h = read("""
        Tin hoạt động

        Ngày 12/3/2021, UBND tỉnh Hà Giang đã ban hành Kế hoạch số 77/KH-UBND về việc tổ chức Ngày hội văn hóa các dân tộc. Theo đó, …
        """);
    assertEquals("77/KH-UBND", h.number().orElseThrow().printed());
    assertEquals(DocumentType.KE_HOACH, h.type());
    assertEquals(LocalDate.of(2021, 3, 12), h.date().orElseThrow());
    assertEquals("UBND tỉnh Hà Giang", h.spans().get(Field.ISSUER).text());
    assertEquals("Ủy ban nhân dân tỉnh Hà Giang", h.issuer().orElseThrow().name());
    assertEquals("tổ chức Ngày hội văn hóa các dân tộc", h.subject().orElseThrow());
    assertTrue(h.place().isEmpty());
  }

  @Test
  void ocrWithoutDiacriticsStillReadsTheDateLine() {
    Header h = read("""
        UY BAN NHAN DAN
        TINH AN GIANG

        So: 45/UBND-VX

        An Giang, ngay 02 thang 8 nam 2018
        """);
    assertEquals(LocalDate.of(2018, 8, 2), h.date().orElseThrow());
    assertEquals("An Giang", h.place().orElseThrow());
  }
}
