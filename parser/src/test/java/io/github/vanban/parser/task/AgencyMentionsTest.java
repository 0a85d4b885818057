package io.github.vanban.parser.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import io.github.vanban.core.Agency;
import io.github.vanban.parser.agency.AgencyResolver;
import io.github.vanban.parser.agency.Locality;
import io.github.vanban.parser.footer.Footer;
import io.github.vanban.parser.header.Header;
import io.github.vanban.parser.segment.DocumentContext;
import io.github.vanban.parser.segment.Segment;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The seam to the bundled gazetteer, on sentences as provincial documents write them. */
class AgencyMentionsTest {

  private static DocumentContext context(String text, String province) {
    Header h = Header.builder().bodyStart(0).locality(Locality.province(province)).build();
    return new DocumentContext(text, new Segment(0, text.length(), Segment.Kind.DOCUMENT), h,
        new Footer(Optional.empty(), ImmutableList.of(), text.length()), AgencyResolver.standard());
  }

  private static List<String> names(String text, String province) {
    MentionFinder f = AgencyMentions.of(context(text, province));
    return f.find(text, 0, text.length()).stream().flatMap(m -> m.agencies().stream())
        .map(Agency::name).toList();
  }

  @Test
  void aListAfterAPluralHeadNamesOneBodyPerItem() {
    List<String> n = names("Giám đốc các Sở: Lao động - Thương binh và Xã hội, Nội vụ, Tài chính "
        + "chịu trách nhiệm thi hành Quyết định này.", "Bình Định");
    assertEquals(List.of("Sở Lao động - Thương binh và Xã hội tỉnh Bình Định",
        "Sở Nội vụ tỉnh Bình Định", "Sở Tài chính tỉnh Bình Định"), n);
  }

  @Test
  void wordsGluedByACopyInsideAListAreSplit() {
    List<String> n = names("giao các Bộ: Kế hoạch và Đầu tư, Giaothông vận tải, Nội vụ làm việc với "
        + "các tỉnh.", "Gia Lai");
    assertEquals(List.of("Bộ Kế hoạch và Đầu tư", "Bộ Giao thông vận tải", "Bộ Nội vụ"),
        n.subList(0, 3));
  }

  @Test
  void aShortNameTheTextDefinesStandsForItsBodyAlsoUnderAGoverningBody() {
    List<String> n = names("Hoạt động của Liên hiệp các tổ chức hữu nghị Việt Nam (Liên hiệp) còn "
        + "hạn chế. Đảng đoàn Liên hiệp quán triệt Chỉ thị; Ban Đối ngoại Trung ương hướng dẫn "
        + "Liên hiệp triển khai. Tăng cường liên hiệp, hợp tác.", "Hà Nội");
    assertEquals(List.of("Liên hiệp các tổ chức hữu nghị Việt Nam",
        "Đảng đoàn Liên hiệp các tổ chức hữu nghị Việt Nam", "Ban Đối ngoại Trung ương",
        "Liên hiệp các tổ chức hữu nghị Việt Nam"), n);
  }

  @Test
  void aShortNameIsTheLeadingCapitalisedWordsOfTheFullName() {
    String full = "Liên hiệp các tổ chức hữu nghị Việt Nam";
    assertTrue(ShortNames.shortOf("Liên hiệp", full));
    assertTrue(!ShortNames.shortOf(full, full), "the whole name is no short name");
    assertTrue(!ShortNames.shortOf("liên hiệp", full), "a short name is capitalised");
    assertTrue(!ShortNames.shortOf("Hội", full), "not the leading words");
    assertTrue(!ShortNames.shortOf("Liên hiệp 2", full), "words of letters only");
  }

  @Test
  void aDepartmentNamesItselfByItsBareHeadNoun() {
    Locality dongNai = Locality.province("Đồng Nai");
    Agency issuer = AgencyResolver.standard().resolve("Sở Tư pháp", dongNai).orElseThrow();
    String text = "1. Văn phòng Sở phối hợp các phòng chuyên môn tham mưu Giám đốc Sở. "
        + "2. Các Sở phối hợp. Sở dĩ chậm là do thiếu người, vì Sở hữu ít cán bộ. 3. Phòng Tư "
        + "pháp huyện và Sở Y tế thực hiện.";
    Header h = Header.builder().bodyStart(0).locality(dongNai).issuer(issuer).build();
    DocumentContext c = new DocumentContext(text, new Segment(0, text.length(), Segment.Kind.DOCUMENT),
        h, new Footer(Optional.empty(), ImmutableList.of(), text.length()), AgencyResolver.standard());
    List<String> n = new java.util.ArrayList<>();
    for (Mention m : AgencyMentions.of(c).find(text, 0, text.length())) {
      m.agencies().forEach(a -> n.add(text.substring(m.start(), m.end()) + " = " + a.name()));
    }
    assertTrue(n.contains("Văn phòng Sở = Văn phòng Sở Tư pháp tỉnh Đồng Nai"), n.toString());
    assertTrue(n.contains("Giám đốc Sở = Sở Tư pháp tỉnh Đồng Nai"), n.toString());
    assertTrue(n.contains("Sở Y tế = Sở Y tế tỉnh Đồng Nai"), n.toString());
    // a plural head and a sentence-initial "Sở dĩ" are not the issuer
    assertEquals(1, n.stream().filter(s -> s.startsWith("Văn phòng Sở")).count(), n.toString());
    // nor a word that begins with the head noun ("Sở hữu" inside a sentence)
    assertTrue(n.stream().noneMatch(s -> s.startsWith("Sở =") || s.startsWith("Sở dĩ")), n.toString());
  }

  @Test
  void aHeadNounAfterMotSoIsPluralButNotAfterAnotherSo() {
    Locality dongNai = Locality.province("Đồng Nai");
    Agency issuer = AgencyResolver.standard().resolve("Sở Tư pháp", dongNai).orElseThrow();
    String text = "Lãnh đạo một số Sở đã họp. Phòng kiểm tra hồ sơ Sở đã duyệt.";
    Header h = Header.builder().bodyStart(0).locality(dongNai).issuer(issuer).build();
    DocumentContext c = new DocumentContext(text, new Segment(0, text.length(), Segment.Kind.DOCUMENT),
        h, new Footer(Optional.empty(), ImmutableList.of(), text.length()), AgencyResolver.standard());
    List<Integer> starts = new java.util.ArrayList<>();
    for (Mention m : AgencyMentions.of(c).find(text, 0, text.length())) {
      if (m.agencies().contains(issuer)) {
        starts.add(m.start());
      }
    }
    // "một số Sở" are some departments; "hồ sơ Sở" (the file of the Sở) is the issuer
    assertEquals(List.of(text.indexOf("Sở đã duyệt")), starts);
  }

  @Test
  void theVerbBaoCaoIsNoNewspaper() {
    List<String> n = names("Báo cáo kết quả thực hiện gửi Sở Nội vụ; các bộ, cơ quan Trung ương, "
        + "báo cáo Thủ tướng Chính phủ.", "Sơn La");
    assertTrue(n.stream().noneMatch(s -> s.startsWith("Báo")), n.toString());
    assertTrue(n.contains("Thủ tướng Chính phủ"), n.toString());
  }

  @Test
  void endToEndAClosingClauseAndADirectiveWithReports() {
    String text = "Điều 3. Chánh Văn phòng UBND tỉnh; Giám đốc các Sở: Nội vụ, Tài chính; Chủ tịch "
        + "UBND các huyện, thị xã, thành phố và Thủ trưởng các cơ quan liên quan chịu trách nhiệm "
        + "thi hành Quyết định này./.";
    List<String> leads = new TaskFinder().find(context(text, "Bình Định")).stream()
        .map(t -> t.lead().name()).distinct().toList();
    assertEquals(List.of("Văn phòng Ủy ban nhân dân tỉnh Bình Định", "Sở Nội vụ tỉnh Bình Định",
        "Sở Tài chính tỉnh Bình Định", "Ủy ban nhân dân các huyện, thị xã, thành phố tỉnh Bình Định"),
        leads);
    String report = "Chủ tịch UBND tỉnh đề nghị Thủ trưởng các sở, ban, ngành, Chủ tịch UBND các "
        + "huyện, thị xã, thành phố triển khai thực hiện và báo cáo Chủ tịch UBND tỉnh (qua Sở Nội "
        + "vụ) nếu có vấn đề phát sinh vượt thẩm quyền.";
    var o = new ReportingFinder().find(context(report, "Bình Định"));
    assertEquals(2, o.stream().map(x -> x.reporter().name()).distinct().count(), o.toString());
    assertTrue(o.stream().allMatch(x -> x.recipient().name().equals("Ủy ban nhân dân tỉnh Bình Định")
        && x.via().map(Agency::name).orElse("").equals("Sở Nội vụ tỉnh Bình Định")), o.toString());
  }

  @Test
  void shortNamesAreSoughtInsideTheRangeReadOnly() {
    // a file of many documents: the search for a body's short name stops at the end of the
    // document read, or each document would be searched to the end of the file
    String text = "Văn phòng Sở. Sở dĩ vậy. Lãnh đạo Sở";
    assertEquals(10, ShortNames.indexOf(text, "Sở", 0, text.length()));
    assertEquals(14, ShortNames.indexOf(text, "Sở", 11, text.length()));
    assertEquals(-1, ShortNames.indexOf(text, "Sở", 11, 14)); // "Sở" at 14 lies past the range
    assertEquals(-1, ShortNames.indexOf(text, "Sở", 0, 11)); // "Sở" at 10 runs past 11
    assertEquals(34, ShortNames.indexOf(text, "Sở", 15, text.length()));
    assertEquals(-1, ShortNames.indexOf(text, "(", 0, text.length()));
  }
}
