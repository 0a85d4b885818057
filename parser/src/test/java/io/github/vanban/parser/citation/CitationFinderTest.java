package io.github.vanban.parser.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vanban.core.Citation;
import io.github.vanban.core.Document;
import io.github.vanban.core.DocumentType;
import io.github.vanban.core.Relation;
import io.github.vanban.parser.DocumentParser;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CitationFinderTest {
  private static final DocumentParser PARSER = DocumentParser.standard();

  private static Document parse(String text) {
    return PARSER.parse(text, "t.txt").documents().get(0);
  }

  private static Map<String, Citation> byKey(Document d) {
    return d.citations().stream().collect(Collectors.toMap(c -> c.number().map(Object::toString)
        .orElse(c.type() + "@" + c.date().orElse(null)), c -> c));
  }

  private static final String LETTER_HEAD = """
      ỦY BAN NHÂN DÂN
      TỈNH PHÚ YÊN

      Số: 1021/UBND-KT

      Phú Yên, ngày 10 tháng 3 năm 2021

      Kính gửi: Các sở, ban, ngành tỉnh.

      """;

  @Test
  void sharedSymbolListGivesOneCitationEach() {
    Document d = parse(LETTER_HEAD + "Về ý kiến chỉ đạo tại các công văn số 101, 102, 103-CV/VPTW ngày 5/4/2021 "
        + "của Văn phòng Trung ương Đảng, Phó Thủ tướng giao các Bộ xử lý.\n");
    Map<String, Citation> c = byKey(d);
    assertEquals(3, c.size(), c.keySet().toString());
    for (String n : new String[] {"101-CV/VPTW", "102-CV/VPTW", "103-CV/VPTW"}) {
      assertEquals(Relation.IMPLEMENTS, c.get(n).relation(), n);
      assertEquals(LocalDate.of(2021, 4, 5), c.get(n).date().orElseThrow());
    }
  }

  @Test
  void shortFormDefinedOnceIsTheSameCitation() {
    Document d = parse(LETTER_HEAD + "Thời gian qua, việc thực hiện Nghị quyết số 18-NQ/TW ngày 25/10/2017 của "
        + "Ban Chấp hành Trung ương (Nghị quyết 18) đạt kết quả. Tuy nhiên, việc thể chế hóa Nghị quyết 18 còn chậm.\n");
    assertEquals(1, d.citations().size(), d.citations().toString());
    assertEquals("18-NQ/TW", d.citations().get(0).number().orElseThrow().printed());
  }

  @Test
  void decisionPreambleIsBasisAndTheRequestAnsweredIsReference() {
    Document d = parse("""
        ỦY BAN NHÂN DÂN
        TỈNH NINH THUẬN

        Số: 320/QĐ-UBND

        Ninh Thuận, ngày 02 tháng 4 năm 2020

        QUYẾT ĐỊNH
        VỀ VIỆC BAN HÀNH KẾ HOẠCH PHÒNG, CHỐNG THIÊN TAI

        ỦY BAN NHÂN DÂN TỈNH
        Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
        Căn cứ Luật Phòng, chống thiên tai năm 2013;
        Căn cứ Nghị định số 160/2018/NĐ-CP ngày 29/11/2018 của Chính phủ;
        Xét đề nghị của Giám đốc Sở Nông nghiệp tại Tờ trình số 55/TTr-SNN ngày 20/3/2020.
        QUYẾT ĐỊNH:
        Điều 1. Ban hành kèm theo Quyết định này Kế hoạch …
        """);
    Map<String, Citation> c = byKey(d);
    assertEquals(Relation.BASIS, c.get("LUAT@2015-06-19").relation());
    assertEquals(Relation.BASIS, c.get("160/2018/NĐ-CP").relation());
    assertEquals(Relation.REFERENCES, c.get("55/TTr-SNN").relation());
    assertFalse(c.keySet().stream().anyMatch(k -> k.startsWith("LUAT@2013")), "a law with only its year is no citation");
    assertEquals(3, c.size(), c.keySet().toString());
  }

  @Test
  void aDirectiveLookedBackOnIsOnlyReferenced() {
    Document d = parse(LETTER_HEAD + "Thực hiện Chỉ thị số 12-CT/TW ngày 01/02/2010 của Ban Bí thư về công tác "
        + "dân vận, Ban Thường vụ Tỉnh ủy đã quán triệt, tổ chức thực hiện nghiêm túc.\n\n"
        + "Để thực hiện tốt Chỉ thị số 30-CT/TW ngày 03/03/2021 của Ban Bí thư, Chủ tịch UBND tỉnh yêu cầu:\n\n"
        + "1. Các sở triển khai gắn với thực hiện Kết luận số 40-KL/TW ngày 04/04/2020.\n");
    Map<String, Citation> c = byKey(d);
    assertEquals(Relation.REFERENCES, c.get("12-CT/TW").relation());
    assertEquals(Relation.IMPLEMENTS, c.get("30-CT/TW").relation());
    assertEquals(Relation.REFERENCES, c.get("40-KL/TW").relation());
  }

  @Test
  void aDocumentNamedInsideTheDescriptionOfAnotherIsNested() {
    Document d = parse(LETTER_HEAD + "Thực hiện Công văn số 450-CV/TU ngày 12/02/2021 của Tỉnh ủy về việc triển "
        + "khai Kết luận số 21-KL/TW ngày 25/10/2021 của Ban Chấp hành Trung ương, UBND tỉnh đề nghị:\n\n1. …\n");
    Map<String, Citation> c = byKey(d);
    assertEquals(Relation.IMPLEMENTS, c.get("450-CV/TU").relation());
    assertEquals(Relation.REFERENCES, c.get("21-KL/TW").relation());
    assertEquals(DocumentType.KET_LUAN, c.get("21-KL/TW").type());
  }

  @Test
  void subjectLineAndReceivedInstructionAreImplemented() {
    Document d = parse("""
        UBND TỈNH ĐẮK NÔNG
        SỞ TƯ PHÁP

        Số: 88/STP-VP
        V/v triển khai Chỉ thị số 09-CT/TU
        ngày 01/3/2021 của Tỉnh ủy

        Đắk Nông, ngày 15 tháng 3 năm 2021

        Kính gửi: Các phòng chuyên môn.

        Sở Tư pháp nhận được Công văn số 300/UBND-NC ngày 08/3/2021 của UBND tỉnh về việc triển khai Chỉ thị số 09-CT/TU. Về việc này, Giám đốc Sở yêu cầu:

        Nơi nhận:
        - Như trên;
        - Công văn số 999/UBND-VP (lưu);
        """);
    Map<String, Citation> c = byKey(d);
    assertEquals(Relation.IMPLEMENTS, c.get("09-CT/TU").relation());
    assertEquals(Relation.IMPLEMENTS, c.get("300/UBND-NC").relation());
    assertFalse(c.containsKey("999/UBND-VP"), "Nơi nhận is not cited");
    assertFalse(c.containsKey("88/STP-VP"), "the document itself is not cited");
  }

  @Test
  void gluedWordsOfWebCopiesAreStillRead() {
    Document d = parse(LETTER_HEAD + "Bộ nhận được phản ánh về việc thực hiện Nghị địnhsố 65/2012/NĐ-CP ngày 06/9/2012 "
        + "sửa đổi một số điều của Nghịđịnh số 136/2007/NĐ-CP ngày 17/8/2007 vàQuyết định số 218-QĐ/TWngày 12 tháng 12 năm 2013.\n");
    Map<String, Citation> c = byKey(d);
    assertTrue(c.containsKey("65/2012/NĐ-CP"), c.keySet().toString());
    assertTrue(c.containsKey("136/2007/NĐ-CP"), c.keySet().toString());
    assertEquals(LocalDate.of(2013, 12, 12), c.get("218-QĐ/TW").date().orElseThrow());
  }
}
