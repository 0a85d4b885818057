package io.github.vanban.parser.task;

import static io.github.vanban.parser.task.Names.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vanban.core.ReportingObligation;
import io.github.vanban.parser.segment.DocumentContext;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportingFinderTest {
  private final ReportingFinder finder = new ReportingFinder();

  private List<ReportingObligation> find(DocumentContext c) {
    return finder.find(c, gazetteer());
  }

  /** "reporter → recipient (qua via)" of each obligation, once each. */
  private static List<String> pairs(List<ReportingObligation> obligations) {
    return obligations.stream()
        .map(o -> o.reporter().name() + " → " + o.recipient().name()
            + o.via().map(v -> " (qua " + v.name() + ")").orElse(""))
        .distinct().toList();
  }

  @Test
  void theSubjectOfAnItemReportsToTheBodyAfterTheVerb() {
    String text = "6. Giao Sở Nội vụ phối hợp các sở, ban, ngành liên quan theo dõi, đôn đốc, kiểm "
        + "tra việc thực hiện Công văn này, định kỳ báo cáo Ủy ban nhân dân tỉnh.";
    List<ReportingObligation> o = find(Docs.body(text));
    assertEquals(List.of(SNV + " → " + UBND), pairs(o));
    assertEquals(o.get(0).span().text(), text.substring(o.get(0).span().start(), o.get(0).span().end()));
    assertTrue(o.get(0).text().contains("định kỳ báo cáo"), o.get(0).text());
  }

  @Test
  void aSentenceWithoutSubjectInheritsTheBodiesOfTheSentenceBefore() {
    String text = "Giám đốc (Thủ trưởng) các sở, ban, ngành cấp tỉnh; Chủ tịch UBND các huyện, thành "
        + "phố và các cơ quan, đơn vị có liên quan tổ chức triển khai thực hiện nghiêm Công văn "
        + "này. Trong quá\n\ntrình thực hiện có khó khăn, vướng mắc thì báo cáo ngay cho UBND tỉnh "
        + "(qua Sở Nội vụ) để chỉ đạo xử lý kịp thời./.";
    List<ReportingObligation> o = find(Docs.context(text, UBND, List.of()));
    assertEquals(List.of(SBN + " → " + UBND + " (qua " + SNV + ")",
        HUYEN + " → " + UBND + " (qua " + SNV + ")"), pairs(o));
    assertTrue(o.get(0).text().contains("có khó khăn, vướng mắc"), o.get(0).text());
    assertFalse(o.get(0).text().contains("để chỉ đạo"), o.get(0).text());
  }

  @Test
  void theBodiesADirectiveAddressesReport() {
    String text = "Theo đó, Chủ tịch UBND tỉnh đề nghị Giám đốc các sở, ban, ngành, Chủ tịch UBND "
        + "các huyện, thành phố triển khai thực hiện và báo cáo Chủ tịch UBND tỉnh (qua Sở Nội vụ) "
        + "nếu có vấn đề phát sinh vượt thẩm quyền.";
    assertEquals(List.of(SBN + " → " + UBND + " (qua " + SNV + ")",
        HUYEN + " → " + UBND + " (qua " + SNV + ")"), pairs(find(Docs.context(text, UBND, List.of()))));
  }

  @Test
  void theIssuersAnnouncedReportAndTheAddresseesReplies() {
    String text = "Để có cơ sở tổng hợp, báo cáo Thủ tướng Chính phủ, Bộ Ngoại giao trân trọng đề "
        + "nghị Quý Cơ quan cho biết ý kiến về những vướng mắc. Các ý kiến phản ánh xin gửi về Bộ "
        + "Ngoại giao (Cục Lãnh sự) trước ngày 05/6/2013.";
    List<ReportingObligation> o = find(Docs.context(text, BNG,
        List.of("Các Bộ, cơ quan ngang Bộ")));
    assertEquals(List.of(BNG + " → " + TTG,
        "Các Bộ, cơ quan ngang Bộ → " + BNG + " (qua " + CLS + ")"), pairs(o));
  }

  @Test
  void theAgentOfDoReportsAndSubmissionForApprovalIsNoReport() {
    String text = "2. Văn phòng UBND tỉnh theo dõi, đôn đốc việc tổ chức triển khai thực hiện Kế "
        + "hoạch này; thẩm định báo cáo kết quả thực hiện do Sở Ngoại vụ chủ trì tổng hợp trình Ủy "
        + "ban nhân dân tỉnh định kỳ hàng năm theo quy định.\n\n"
        + "5. Sở Kế hoạch và Đầu tư chủ trì, phối hợp với các cơ quan liên quan thẩm định trình UBND "
        + "tỉnh phê duyệt các khoản viện trợ theo quy định.";
    assertEquals(List.of(SNGV + " → " + UBND), pairs(find(Docs.context(text, UBND, List.of()))));
  }

  @Test
  void aReportThatIsThePurposeOfASubmissionIsTheRecipientsOwn() {
    String text = "Sở Kế hoạch và Đầu tư tổng hợp tình hình, kết quả thực hiện Chỉ thị trên địa "
        + "bàn tỉnh; tham mưu và trình UBND tỉnh trước ngày 10/6 và ngày 10/12 hàng năm để xem xét, "
        + "báo cáo Bộ Kế hoạch và Đầu tư theo đúng quy định.";
    List<ReportingObligation> o = find(Docs.context(text, UBND, List.of()));
    assertEquals(List.of(SKHDT + " → " + UBND, UBND + " → " + BKHDT), pairs(o));
    assertTrue(o.get(0).text().contains("trước ngày 10/6"), o.get(0).text());
    assertFalse(o.get(0).text().contains("để xem xét"), o.get(0).text());
    ReportingObligation onward = o.stream().filter(x -> x.recipient().name().equals(BKHDT))
        .findFirst().orElseThrow();
    assertFalse(onward.text().contains("10/6"), onward.text());
  }

  @Test
  void copiesSentToAnotherBodyAreReportsToItToo() {
    String text = "Bộ Tài chính tổng hợp chung các báo cáo về tình hình giải ngân hàng tháng, báo cáo "
        + "Thủ tướng Chính phủ (đồng gửi Bộ Kế hoạch và Đầu tư) theo đúng quy định.";
    assertEquals(List.of(BTC + " → " + TTG, BTC + " → " + BKHDT), pairs(find(Docs.body(text))));
  }

  @Test
  void aNounReportWithoutRecipientIsNoObligationButTheNextSentenceInheritsItsSubject() {
    String text = "Sở TN&MT tổng hợp báo cáo kết quả tổ chức các hoạt động hưởng ứng Chiến dịch trên "
        + "địa bàn tỉnh. Báo cáo Bộ TN&MT, UBND tỉnh trước ngày 15/10/2020.";
    assertEquals(List.of(STNMT + " → " + BTNMT, STNMT + " → " + UBND), pairs(find(Docs.body(text))));
  }

  @Test
  void wordsThatOnlyContainAReportingVerbAreNotReports() {
    String text = "Sở Nội vụ xây dựng chương trình Ủy ban nhân dân tỉnh giao; trong quá trình UBND tỉnh "
        + "chỉ đạo, các sở, ban, ngành theo dõi.";
    assertEquals(List.of(), pairs(find(Docs.body(text))));
  }

  @Test
  void aCatchAllSubjectStandsForTheBodiesLastAddressed() {
    String text = "Chủ tịch UBND tỉnh yêu cầu Giám đốc các sở, ban, ngành, Chủ tịch UBND các huyện, "
        + "thành phố triển khai thực hiện.\n\nTrong quá trình triển khai thực hiện, nếu có khó "
        + "khăn, vướng mắc, các đơn vị kịp thời báo cáo UBND tỉnh (thông qua Sở Ngoại vụ) để chỉ "
        + "đạo xử lý./.";
    assertEquals(List.of(SBN + " → " + UBND + " (qua " + SNGV + ")",
        HUYEN + " → " + UBND + " (qua " + SNGV + ")"), pairs(find(Docs.context(text, UBND, List.of()))));
  }

  @Test
  void aSentenceWithNoSubjectAndNoAddressedBodiesFallsBackToTheAddressees() {
    String text = "Sở Nội vụ đề nghị các đơn vị tham gia ý kiến về dự thảo.\n\nCác đơn vị gửi ý kiến "
        + "về Ủy ban nhân dân tỉnh trước ngày 13.12.2007.";
    assertEquals(List.of(SBN + " → " + UBND),
        pairs(find(Docs.context(text, SNV, List.of("Các sở, ban, ngành cấp tỉnh")))));
  }

  @Test
  void dashItemsInheritTheSubjectOfTheirItem() {
    String text = "4. Liên hiệp các tổ chức hữu nghị tỉnh chủ trì, phối hợp với các cơ quan, đơn vị liên "
        + "quan tổ chức triển khai thực hiện Kế hoạch này.\n\n"
        + "- Chủ trì tham mưu UBND tỉnh xem xét ban hành Chương trình công tác; đảm bảo thông tin "
        + "báo cáo kết quả thực hiện cho Ủy ban nhân dân tỉnh theo quy định.\n";
    assertEquals(List.of(LH + " → " + UBND), pairs(find(Docs.context(text, UBND, List.of()))));
  }

  @Test
  void aPreposedPurposeClauseAnnouncesTheIssuersOwnReportButDeRaIsNoPurpose() {
    String text = "Để đánh giá chính xác tình hình thực hiện nhiệm vụ quý III, đề ra nhiệm vụ, giải "
        + "pháp trọng tâm quý IV, kịp thời báo cáo Bộ Kế hoạch và Đầu tư, Ủy ban nhân dân tỉnh. Sở "
        + "Nội vụ đề nghị các sở, ban, ngành gửi báo cáo về Sở Nội vụ trước ngày 10/9/2015 để tổng "
        + "hợp báo cáo Thủ tướng Chính phủ.";
    assertEquals(List.of(SNV + " → " + BKHDT, SNV + " → " + UBND, SBN + " → " + SNV,
        SNV + " → " + TTG), pairs(find(Docs.context(text, SNV, List.of()))));
  }

  @Test
  void aPurposeWordInAnEarlierClauseDoesNotMakeALaterReportTheIssuers() {
    String text = "Chủ tịch UBND tỉnh yêu cầu Giám đốc các sở, ban, ngành căn cứ chức năng để triển "
        + "khai thực hiện cho phù hợp; báo cáo kết quả thực hiện và gửi về Sở Ngoại vụ trước ngày "
        + "15/11 hằng năm để tổng hợp, tham mưu UBND tỉnh theo quy định.";
    List<ReportingObligation> o = find(Docs.context(text, UBND, List.of()));
    assertEquals(List.of(SBN + " → " + SNGV), pairs(o));
    assertTrue(o.get(0).text().startsWith("báo cáo kết quả"), o.get(0).text());
  }

  @Test
  void deadlinesInTheFollowingPartsOfTheSentenceBelongToTheSameReport() {
    String text = "Sở Tài chính gửi báo cáo về Sở Nội vụ trước ngày 25/6/2020 đối với báo cáo 6 "
        + "tháng; trước ngày 28/11/2020 đối với báo cáo năm.";
    List<ReportingObligation> o = find(Docs.body(text));
    assertEquals(List.of(STC + " → " + SNV), pairs(o));
    assertEquals(2, o.stream().map(ReportingObligation::deadline).distinct().count(), o.toString());
  }
}
