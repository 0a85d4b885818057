package io.github.vanban.parser.task;

import static io.github.vanban.parser.task.Names.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import io.github.vanban.core.Agency;
import io.github.vanban.core.Task;
import io.github.vanban.parser.segment.DocumentContext;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaskFinderTest {
  private final TaskFinder finder = new TaskFinder();

  private ImmutableList<Task> tasks(DocumentContext c) {
    return finder.find(c, gazetteer());
  }

  private static List<String> leads(List<Task> tasks) {
    return tasks.stream().map(t -> t.lead().name()).distinct().toList();
  }

  @Test
  void bodiesNamedAfterAConditionInAClosingParagraphHaveNoTask() {
    String text = "1. Sở Nội vụ hướng dẫn, theo dõi việc thực hiện.\n\n"
        + "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các sở, ban, ngành kịp thời "
        + "báo cáo Ủy ban nhân dân tỉnh (qua Sở Nội vụ) để xem xét, giải quyết./.\n";
    assertEquals(List.of(SNV), leads(tasks(Docs.body(text))));
    String item = "2. Khi có khó khăn, vướng mắc, Sở Tài chính chủ trì tham mưu xử lý.\n";
    assertEquals(List.of(STC), leads(tasks(Docs.body(item))));
  }

  @Test
  void numberedItemsWhoseSubjectIsABodyAreTasks() {
    String text = "III. TỔ CHỨC THỰC HIỆN\n\n"
        + "1. Sở Nội vụ hướng dẫn Liên hiệp các tổ chức hữu nghị tỉnh thực hiện rà soát.\n\n"
        + "2. Sở Tài chính phối hợp rà soát, đảm bảo cấp kinh phí hoạt động.\n\n"
        + "3. Tiếp tục đổi mới, nâng cao chất lượng hoạt động của Liên hiệp các tổ chức hữu nghị tỉnh.\n";
    List<Task> t = tasks(Docs.body(text));
    assertEquals(List.of(SNV, STC), leads(t));
    assertTrue(t.get(0).text().startsWith("hướng dẫn Liên hiệp"), t.get(0).text());
    assertEquals(text.substring(t.get(0).span().start(), t.get(0).span().end()), t.get(0).span().text());
  }

  @Test
  void giaoNamesTheLeadAndPhoiHopTheSupport() {
    String text = "6. Giao Sở Nội vụ phối hợp các sở, ban, ngành liên quan theo dõi, đôn đốc, "
        + "kiểm tra việc thực hiện Công văn này, định kỳ báo cáo Ủy ban nhân dân tỉnh.";
    List<Task> t = tasks(Docs.body(text));
    assertEquals(List.of(SNV), leads(t));
    assertEquals(List.of(Agency.of(SBN)), t.get(0).support());
  }

  @Test
  void aBodyThatCooperatesWithAnotherStillLeadsItsOwnItem() {
    String text = "8. Sở Văn hóa, Thể thao và Du lịch phối hợp với Liên hiệp các tổ chức hữu nghị tỉnh "
        + "tổ chức các sự kiện văn nghệ.";
    List<Task> t = tasks(Docs.body(text));
    assertEquals(List.of(SVH), leads(t));
    assertEquals(List.of(Agency.of(LH)), t.get(0).support());
  }

  @Test
  void aSubjectListingSeveralBodiesGivesOneTaskEach() {
    String text = "Giám đốc (Thủ trưởng) các sở, ban, ngành cấp tỉnh; Liên hiệp các tổ chức hữu nghị "
        + "tỉnh; Chủ tịch UBND các huyện, thành phố và các cơ quan, đơn vị có liên quan tổ chức "
        + "triển khai thực hiện nghiêm Công văn này.";
    assertEquals(List.of(SBN, LH, HUYEN), leads(tasks(Docs.body(text))));
  }

  @Test
  void theClosingClauseOfADecisionGivesOneTaskPerNamedBody() {
    String text = "Điều 3. Chánh Văn phòng UBND tỉnh; Giám đốc Sở Nội vụ, Giám đốc Sở Tài chính; Chủ "
        + "tịch UBND các huyện, thành phố và Thủ trưởng các cơ quan, đơn vị có liên quan chịu "
        + "trách nhiệm thi hành Quyết định này./.";
    assertEquals(List.of(VP, SNV, STC, HUYEN), leads(tasks(Docs.body(text))));
  }

  @Test
  void itemsAddressedToEveryRecipientWithNoBodyNamedAreLeftOut() {
    String text = "Để thực hiện tốt Chỉ thị, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu Giám đốc "
        + "(Thủ trưởng) các sở, ban, ngành cấp tỉnh, Chủ tịch Ủy ban nhân dân các huyện, thành phố "
        + "triển khai thực hiện tốt một số nội dung như sau:\n\n"
        + "1. Tổ chức triển khai, quán triệt Chỉ thị.\n\n"
        + "2. Kiện toàn, sắp xếp tổ chức bộ máy.\n";
    assertEquals(List.of(), leads(tasks(Docs.context(text, UBND, List.of()))));
  }

  @Test
  void aDirectiveInRunningTextAssignsItsObjects() {
    String text = "Chủ tịch UBND tỉnh yêu cầu Giám đốc các sở, ban, ngành, Chủ tịch UBND các huyện, "
        + "thành phố căn cứ chức năng, nhiệm vụ được giao để triển khai thực hiện (trong tháng 4/2020).";
    assertEquals(List.of(SBN, HUYEN), leads(tasks(Docs.context(text, UBND, List.of()))));
  }

  @Test
  void ordinalsIncludingOcrDamagedOnesOpenItems() {
    String text = "Thứ ba, Ban cán sự đảng Ủy ban Nhân dân thành phố lãnh đạo Ủy ban Nhân dân thành "
        + "phố tập trung chỉ đạo thực hiện tốt công tác quản lý.\n\n"
        + "Thứ sáu, các địa phương, cơ quan, đơn vị tiếp tục phối hợp triển khai.\n\n"
        + "Thú bảy, Ban Tuyên giáo Thành ủy chủ trì, phối hợp với các đơn vị liên quan hướng dẫn.";
    assertEquals(List.of(BCS, BTG), leads(tasks(Docs.body(text))));
  }

  @Test
  void theIssuersOwnActsAndNarrativeAreNotTasks() {
    String text = "Thực hiện Văn bản số 8485-CV/TU của Tỉnh ủy; Ủy ban nhân dân tỉnh ban hành Kế "
        + "hoạch như sau. Liên hiệp các tổ chức hữu nghị tỉnh đã có nhiều cố gắng trong hoạt động. "
        + "Vai trò của Liên hiệp các tổ chức hữu nghị tỉnh được nâng lên.";
    assertEquals(List.of(), leads(tasks(Docs.context(text, UBND, List.of()))));
  }

  @Test
  void aSubjectAfterAPreposedPhraseIsFound() {
    String text = "Trên cơ sở hướng dẫn của các sở, ban, ngành và báo cáo của các cơ quan, đơn vị, "
        + "Sở Kế hoạch và Đầu tư chủ trì, phối hợp với các cơ quan, đơn vị liên quan tham mưu "
        + "UBND tỉnh ban hành Kế hoạch.";
    assertEquals(List.of(SKHDT), leads(tasks(Docs.body(text))));
  }

  @Test
  void aHeadingItemThatNamesOnlyABodyLeadsItsSubItems() {
    String text = "1. Bộ Công an.\na) Phối hợp với Viện Kiểm sát nhân dân tối cao, Bộ Quốc phòng "
        + "nghiên cứu, đề xuất giải pháp.\n";
    assertEquals(List.of(BCA), leads(tasks(Docs.body(text))));
  }

  @Test
  void namesBrokenAcrossLinesStillOpenAnItem() {
    String text = "3. Sở Tài chính, Liên hiệp các tổ\nchức hữu nghị tỉnh chủ động phối hợp thực hiện "
        + "tốt các nhiệm vụ.\n";
    assertEquals(List.of(STC, LH), leads(tasks(Docs.body(text))));
  }

  @Test
  void aLaterClauseWithItsOwnSubjectIsATaskToo() {
    String text = "Sở Nội vụ chủ trì thẩm định hồ sơ; Sở Tài chính bố trí kinh phí thực hiện.";
    assertEquals(List.of(SNV, STC), leads(tasks(Docs.body(text))));
  }

  @Test
  void theIssuerLeadsAnItemOfItsOwnListButNotItsNarrative() {
    String text = "Sở Nội vụ xin thông báo để các đơn vị biết và thực hiện.\n"
        + "1. Sở Nội vụ và các đơn vị trực thuộc treo cờ Tổ quốc trong ngày lễ.\n";
    assertEquals(List.of(SNV), leads(tasks(Docs.context(text, SNV, List.of()))));
  }

  @Test
  void aSubjectFollowedByTheoChucNangStillAssigns() {
    String text = "Thứ tư, Sở Nội vụ và Sở Tài chính theo chức năng, nhiệm vụ tiếp tục thực hiện.";
    assertEquals(List.of(SNV, STC), leads(tasks(Docs.body(text))));
  }

  @Test
  void noBreakSpacesOfWebCopiesAreSpaces() {
    String text = "Thứ năm, Sở Nội vụ và Sở Tài chính\u00a0\u00a0 tổ chức quán triệt.";
    assertEquals(List.of(SNV, STC), leads(tasks(Docs.body(text))));
  }

  @Test
  void aShortDefiniteNameRefersBackToTheBodyAddressed() {
    String text = "Sở Nội vụ đề nghị Trung tâm Trợ giúp pháp lý các tỉnh lưu ý:\n\n"
        + "Đề nghị các Trung tâm hàng năm chỉ thực hiện 02 kỳ báo cáo.\n";
    FakeMentions names = gazetteer().name("Trung tâm Trợ giúp pháp lý các tỉnh",
        "Trung tâm Trợ giúp pháp lý các tỉnh");
    assertEquals(List.of("Trung tâm Trợ giúp pháp lý các tỉnh"),
        leads(finder.find(Docs.context(text, SNV, List.of()), names)));
  }
}
