package io.github.vanban.parser.task;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LayoutTest {

  private static List<String> blocks(String text) {
    Layout l = new Layout(new Folded(text));
    return l.blocks(0, text.length()).stream()
        .map(b -> b.marker() + (b.parent() >= 0 ? "^" + b.parent() : "") + ":"
            + text.substring(b.contentStart(), b.end()).replaceAll("\\s+", " "))
        .toList();
  }

  private static List<String> sentences(String text) {
    Layout l = new Layout(new Folded(text));
    return l.sentences(0, text.length()).stream().map(s -> text.substring(s[0], s[1])).toList();
  }

  @Test
  void sectionsItemsAndDashesNest() {
    String text = "III. TỔ CHỨC THỰC HIỆN\n\n1. Sở Ngoại vụ chủ trì.\n\n- Chủ trì tham mưu.\n"
        + "- Phối hợp hỗ trợ.\n\n2. Sở Nội vụ hướng dẫn.\na) Rà soát;\nb) Kiện toàn.\n";
    assertEquals(List.of("SECTION:TỔ CHỨC THỰC HIỆN", "NUMBER^0:Sở Ngoại vụ chủ trì.",
        "DASH^1:Chủ trì tham mưu.", "DASH^1:Phối hợp hỗ trợ.", "NUMBER^0:Sở Nội vụ hướng dẫn.",
        "LETTER^4:Rà soát;", "LETTER^4:Kiện toàn."), blocks(text));
  }

  @Test
  void linesBrokenInsideASentenceAreJoined() {
    String text = "3. Các sở, ban, ngành, Liên hiệp các tổ\nchức hữu nghị tỉnh chủ động phối hợp. Ban "
        + "Bí thư Trung\n\nương Đảng chỉ đạo.\n"
        + "Giám đốc các Sở: Lao động\n- Thương binh và Xã hội, Nội vụ chịu trách nhiệm.";
    assertEquals(List.of("NUMBER:Các sở, ban, ngành, Liên hiệp các tổ chức hữu nghị tỉnh chủ động "
        + "phối hợp. Ban Bí thư Trung ương Đảng chỉ đạo.",
        "NONE:Giám đốc các Sở: Lao động - Thương binh và Xã hội, Nội vụ chịu trách nhiệm."),
        blocks(text));
  }

  @Test
  void ordinalsAndArticlesOpenBlocksAndAMarkerAloneTakesTheNextLine() {
    String text = "Thứ nhất, tổ chức quán triệt.\nThú bảy, Ban Tuyên giáo chủ trì.\nĐiều 2.\n"
        + "Giao Sở Lao động chủ trì.\nĐiều 3. Chánh Văn phòng chịu trách nhiệm.";
    assertEquals(List.of("ORDINAL:tổ chức quán triệt.", "ORDINAL:Ban Tuyên giáo chủ trì.",
        "ARTICLE:Giao Sở Lao động chủ trì.", "ARTICLE:Chánh Văn phòng chịu trách nhiệm."),
        blocks(text));
  }

  @Test
  void sentencesEndAtFullStopsButNotAtAbbreviations() {
    String text = "Sở Giáo dục TP. Hồ Chí Minh đề nghị các đơn vị tham gia. Các đơn vị gửi ý kiến "
        + "trước ngày 13.12.2007. Xem thêm tại Bộ TN&MT. Hết./.";
    assertEquals(List.of("Sở Giáo dục TP. Hồ Chí Minh đề nghị các đơn vị tham gia.",
        "Các đơn vị gửi ý kiến trước ngày 13.12.2007.", "Xem thêm tại Bộ TN&MT.", "Hết./."),
        sentences(text));
  }

  @Test
  void partsSplitAtSemicolonsOutsideParentheses() {
    String text = "Sở A chủ trì (phối hợp Sở B; Sở C); Sở D báo cáo.";
    Layout l = new Layout(new Folded(text));
    assertEquals(List.of("Sở A chủ trì (phối hợp Sở B; Sở C)", "Sở D báo cáo."),
        l.parts(0, text.length()).stream().map(p -> text.substring(p[0], p[1])).toList());
  }
}
