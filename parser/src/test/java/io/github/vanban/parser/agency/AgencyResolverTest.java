package io.github.vanban.parser.agency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vanban.core.Agency;
import io.github.vanban.core.AgencyKind;
import io.github.vanban.core.Level;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgencyResolverTest {
  private static final AgencyResolver R = AgencyResolver.standard();
  private static final Locality DONG_NAI = Locality.province("Đồng Nai");
  private static final Locality CAN_THO = Locality.city("Cần Thơ");

  private static Locality loc(String place) {
    if (place == null || place.isEmpty()) {
      return Locality.NONE;
    }
    return R.gazetteer().province(place).map(Province::locality).orElse(Locality.province(place));
  }

  private static String name(String mention, String place) {
    return R.resolve(mention.replace("\\n", "\n"), loc(place)).map(Agency::name).orElse("");
  }

  @ParameterizedTest(name = "{0} in {1} → {2}")
  @CsvSource(delimiter = '|', textBlock = """
      UBND tỉnh                                   | Đồng Nai   | Ủy ban nhân dân tỉnh Đồng Nai
      Ủy ban nhân dân tỉnh                        | Kiên Giang | Ủy ban nhân dân tỉnh Kiên Giang
      ỦY BAN NHÂN DÂN\\nTỈNH KIÊN GIANG           |            | Ủy ban nhân dân tỉnh Kiên Giang
      UY BAN NHAN DAN TINH KIEN GIANG             |            | Ủy ban nhân dân tỉnh Kiên Giang
      Sở Ngoại vụ                                 | Đồng Nai   | Sở Ngoại vụ tỉnh Đồng Nai
      Sở Ngoại vụ tỉnh                            | Đồng Nai   | Sở Ngoại vụ tỉnh Đồng Nai
      SỞ TƯ PHÁP                                  | Đồng Nai   | Sở Tư pháp tỉnh Đồng Nai
      UBND TỈNH ĐỒNG NAI\\nSỞ TƯ PHÁP             |            | Sở Tư pháp tỉnh Đồng Nai
      UBND TỈNH KIÊN GIANG\\nVĂN PHÒNG            |            | Văn phòng Ủy ban nhân dân tỉnh Kiên Giang
      TỈNH ỦY TRÀ VINH\\nBAN TUYÊN GIÁO           |            | Ban Tuyên giáo Tỉnh ủy Trà Vinh
      UBND TX. ĐỒNG XOÀI\\nPHÒNG GIÁO DỤC-ĐÀO TẠO |            | Phòng Giáo dục và Đào tạo thị xã Đồng Xoài
      BỘ NGOẠI GIAO\\nCỤC LÃNH SỰ                 |            | Cục Lãnh sự
      Báo cáo kết quả                             | Đồng Nai   | Báo cáo kết quả
      Y BAN NHÂN DÂN\\nTỈNH KON TUM               |            | Ủy ban nhân dân tỉnh Kon Tum
      Tỉnh ủy                                     | Đồng Nai   | Tỉnh ủy Đồng Nai
      TỈNH ỦY ĐỒNG NAI                            |            | Tỉnh ủy Đồng Nai
      Ban Thường vụ Tỉnh ủy                       | Đồng Nai   | Ban Thường vụ Tỉnh ủy Đồng Nai
      BTV Tỉnh ủy                                 | Sơn La     | Ban Thường vụ Tỉnh ủy Sơn La
      Thành ủy                                    | Cần Thơ    | Thành ủy Cần Thơ
      THÀNH ỦY CẦN THƠ                            |            | Thành ủy Cần Thơ
      UBND thành phố                              | Cần Thơ    | Ủy ban nhân dân thành phố Cần Thơ
      Chủ tịch UBND tỉnh                          | Đồng Nai   | Ủy ban nhân dân tỉnh Đồng Nai
      Giám đốc Sở Tư pháp                         | Đồng Nai   | Sở Tư pháp tỉnh Đồng Nai
      Ban Bí thư                                  | Đồng Nai   | Ban Bí thư Trung ương Đảng
      BAN CHẤP HÀNH TRUNG ƯƠNG                    |            | Ban Chấp hành Trung ương Đảng
      Thủ tướng Chính phủ                         |            | Thủ tướng Chính phủ
      Văn phòng Chính phủ                         |            | Văn phòng Chính phủ
      Bộ Lao động, Thương binh và Xã hội          |            | Bộ Lao động - Thương binh và Xã hội
      Liên hiệp các tổ chức hữu nghị Việt Nam     | Đồng Nai   | Liên hiệp các tổ chức hữu nghị Việt Nam
      Liên hiệp các Tổ chức hữu nghị tỉnh         | Kiên Giang | Liên hiệp các tổ chức hữu nghị tỉnh Kiên Giang
      Báo Đồng Nai                                |            | Báo Đồng Nai
      Đài Phát thanh - Truyền hình Hậu Giang      |            | Đài Phát thanh và Truyền hình Hậu Giang
      Ủy ban MTTQ Việt Nam tỉnh                   | Đồng Nai   | Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Đồng Nai
      Ban Tuyên giáo Tỉnh ủy                      | Trà Vinh   | Ban Tuyên giáo Tỉnh ủy Trà Vinh
      Văn phòng UBND tỉnh                         | Bình Định  | Văn phòng Ủy ban nhân dân tỉnh Bình Định
      Ban cán sự đảng UBND tỉnh                   | Đồng Nai   | Ban cán sự đảng Ủy ban nhân dân tỉnh Đồng Nai
      Ban cán sự đảng Bộ Nội vụ                   |            | Ban cán sự đảng Bộ Nội vụ
      Đảng đoàn Liên hiệp các tổ chức hữu nghị Việt Nam |      | Đảng đoàn Liên hiệp các tổ chức hữu nghị Việt Nam
      Công an tỉnh                                | Quảng Trị  | Công an tỉnh Quảng Trị
      Huyện ủy Đại Từ                             | Thái Nguyên | Huyện ủy Đại Từ
      Đảng ủy xã La Bằng                          | Thái Nguyên | Đảng ủy xã La Bằng
      Sở Giáo dục và Đào tạo Bình Phước           |            | Sở Giáo dục và Đào tạo tỉnh Bình Phước
      Sở GD&ĐT                                    | Hồ Chí Minh | Sở Giáo dục và Đào tạo thành phố Hồ Chí Minh
      Các sở, ban, ngành                          | Đồng Nai   | Các sở, ban, ngành tỉnh Đồng Nai
      các sở, ban, ngành, đoàn thể                | Bình Định  | Các sở, ban, ngành, đoàn thể tỉnh Bình Định
      Giám đốc (Thủ trưởng) các sở, ban, ngành    | Kiên Giang | Các sở, ban, ngành tỉnh Kiên Giang
      UBND các huyện, thành phố                   | Đồng Nai   | Ủy ban nhân dân các huyện, thành phố tỉnh Đồng Nai
      Chủ tịch UBND các huyện, thị xã, thành phố  | Bình Định  | Ủy ban nhân dân các huyện, thị xã, thành phố tỉnh Bình Định
      UBND các tỉnh, thành phố trực thuộc Trung ương |         | Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương
      Các Bộ, ngành                               |            | Các Bộ, ngành
      các tổ chức chính trị - xã hội của tỉnh     | Trà Vinh   | Các tổ chức chính trị - xã hội tỉnh Trà Vinh
      các cơ quan trung ương trên địa bàn tỉnh    | Quảng Ngãi | Các cơ quan trung ương trên địa bàn tỉnh Quảng Ngãi
      Cơ quan Trung ương của các đoàn thể và tổ chức nhân dân | | Cơ quan Trung ương của các đoàn thể
      các cơ quan, đơn vị có liên quan            | Đồng Nai   | ''
      các địa phương, đơn vị                      | Đồng Nai   | ''
      """)
  void resolvesCanonicalNames(String mention, String place, String expected) {
    assertEquals(expected, name(mention, place));
  }

  @Test
  void splitsListsButKeepsCollectives() {
    assertEquals(List.of("Báo Đồng Nai", "Đài Phát thanh và Truyền hình Đồng Nai"),
        names(R.resolveAll("Báo Đồng Nai, Đài Phát thanh và Truyền hình Đồng Nai", DONG_NAI)));
    assertEquals(List.of("Sở Nội vụ tỉnh Đồng Nai", "Sở Tài chính tỉnh Đồng Nai", "Sở Tư pháp tỉnh Đồng Nai"),
        names(R.resolveAll("Sở Nội vụ, Sở Tài chính và Sở Tư pháp", DONG_NAI)));
    assertEquals(List.of("Các sở, ban, ngành, đoàn thể tỉnh Đồng Nai"),
        names(R.resolveAll("các sở, ban, ngành, đoàn thể", DONG_NAI)));
    assertEquals(List.of(), names(R.resolveAll("các cơ quan, đơn vị có liên quan", DONG_NAI)));
    assertEquals(List.of(), names(R.resolveAll("Sở Nội vụ thực hiện", DONG_NAI)));
    assertEquals(List.of(), names(R.resolveAll("Trong những năm qua", DONG_NAI)));
    assertEquals(List.of("Sở Nội vụ tỉnh Đồng Nai", "Các sở, ban, ngành tỉnh Đồng Nai"),
        names(R.resolveAll("Sở Nội vụ cùng với các sở, ban, ngành", DONG_NAI)));
  }

  @Test
  void communesOfADistrictDocumentTakeTheDistrict() {
    Locality district = new Locality(Optional.of("Thừa Thiên Huế"), false, Optional.of("huyện Phong Điền"));
    assertEquals("Ủy ban nhân dân các xã, thị trấn huyện Phong Điền",
        R.resolve("UBND các xã, thị trấn", district).orElseThrow().name());
    assertEquals("Phòng Nội vụ huyện Phong Điền",
        R.resolve("Phòng Nội vụ huyện", district).orElseThrow().name());
    assertEquals("Ủy ban nhân dân các xã, thị trấn tỉnh Thừa Thiên Huế",
        R.resolve("UBND các xã, thị trấn", Locality.province("Thừa Thiên Huế")).orElseThrow().name());
  }

  @Test
  void localityOfIssuerLinesAndDateLines() {
    assertEquals(DONG_NAI, R.localityOf("UBND TỈNH ĐỒNG NAI"));
    assertEquals(CAN_THO, R.localityOf("THÀNH ỦY CẦN THƠ"));
    assertEquals(Locality.province("Thái Nguyên"), R.localityOf("ĐẢNG BỘ TỈNH THÁI NGUYÊN"));
    assertEquals(DONG_NAI, R.localityOf("Đồng Nai, ngày 08 tháng 4 năm 2020"));
    assertEquals(Locality.province("Tuyên Quang"), R.localityOf("TỈNH ỦY TUYẾN QUANG"));
    assertEquals(Optional.of("thị xã Đồng Xoài"), R.localityOf("UBND TX. ĐỒNG XOÀI").district());
    // a word of a place name that folds like a unit word ("Tịnh" ~ "tỉnh") stays in the name
    assertEquals(Optional.of("huyện Sơn Tịnh"), R.localityOf("ỦY BAN NHÂN DÂN\nHUYỆN SƠN TỊNH").district());
    assertEquals("Ủy ban nhân dân huyện Sơn Tịnh",
        R.resolve("UBND huyện Sơn Tịnh", Locality.NONE).orElseThrow().name());
    assertEquals(Optional.of("huyện Bảo Thắng"), R.localityOf("ỦY BAN NHÂN DÂN\nHUYỆN BẢO THẮNG").district());
    assertEquals(Locality.NONE, R.localityOf("BỘ NỘI VỤ"));
    assertEquals(Locality.NONE, R.localityOf("Kỷ niệm 130 năm Ngày sinh Chủ tịch Hồ Chí Minh"));
    assertEquals(Locality.city("Hồ Chí Minh"), R.localityOf("TP. Hồ Chí Minh, ngày 15 tháng 5 năm 2020"));
    assertEquals(Locality.city("Hồ Chí Minh"), R.localityOf("SỞ GIÁO DỤC VÀ ĐÀO TẠO\nTHÀNH PHỐ HỒ CHÍ MINH"));
  }

  @Test
  void kindLevelAndParent() {
    Agency a = R.resolve("Sở Ngoại vụ", DONG_NAI).orElseThrow();
    assertEquals(AgencyKind.DEPARTMENT, a.kind());
    assertEquals(Level.DEPARTMENT, a.level());
    assertEquals(Optional.of("Đồng Nai"), a.locality());
    assertEquals("Ủy ban nhân dân tỉnh Đồng Nai", a.parent().orElseThrow().name());
    assertEquals(Level.PROVINCIAL, a.parent().orElseThrow().level());
    Agency t = R.resolve("Tỉnh ủy", DONG_NAI).orElseThrow();
    assertEquals(Level.PROVINCIAL, t.level());
    assertEquals("Ban Chấp hành Trung ương Đảng", t.parent().orElseThrow().name());
    Agency d = R.resolve("UBND huyện Đại Từ", Locality.province("Thái Nguyên")).orElseThrow();
    assertEquals(Level.DISTRICT, d.level());
    assertEquals("Ủy ban nhân dân tỉnh Thái Nguyên", d.parent().orElseThrow().name());
    assertEquals(Level.CENTRAL, R.resolve("Bộ Nội vụ", DONG_NAI).orElseThrow().level());
    assertEquals(CAN_THO, R.localityOf(R.resolve("Ban Tuyên giáo Thành ủy", CAN_THO).orElseThrow()));
    assertEquals(Locality.NONE, R.localityOf(R.resolve("Bộ Nội vụ", CAN_THO).orElseThrow()));
  }

  @Test
  void findsClauseSubjectsWithTheirExactEnd() {
    assertFound("Sở Ngoại vụ thực hiện việc tổng hợp", "Sở Ngoại vụ");
    assertFound("Giao Sở Nội vụ phối hợp các sở, ban, ngành liên quan triển khai",
        "Sở Nội vụ", "các sở, ban, ngành liên quan");
    assertFound("Chủ tịch Ủy ban nhân dân các huyện, thành phố triển khai thực hiện",
        "Chủ tịch Ủy ban nhân dân các huyện, thành phố");
    assertFound("UBND các huyện, thành phố Biên Hòa, Long Khánh tổ chức quán triệt",
        "UBND các huyện, thành phố Biên Hòa, Long Khánh");
    assertFound("Liên hiệp các Tổ chức hữu nghị tỉnh chủ trì", "Liên hiệp các Tổ chức hữu nghị tỉnh");
  }

  @Test
  void collectivesStopWhereTheirKindChanges() {
    assertFound("Chủ tịch UBND các huyện, thành phố và các cơ quan, đơn vị có liên quan thực hiện",
        "Chủ tịch UBND các huyện, thành phố", "các cơ quan, đơn vị có liên quan");
    assertFound("Ủy ban nhân dân các huyện, thành phố và các hội thực hiện",
        "Ủy ban nhân dân các huyện, thành phố", "các hội");
    assertFound("bảo đảm các quan điểm và các thị trường", new String[0]);
    assertFound("UBND các quận, huyện triển khai", "UBND các quận, huyện");
    assertEquals(List.of("Các bộ, ngành", "Các địa phương"),
        names(R.resolveAll("các bộ, ngành và địa phương", Locality.NONE)));
    assertFound("Đề nghị các Bộ, ngành, địa phương triển khai", "các Bộ, ngành", "địa phương");
    // "báo" of the verb "báo cáo" is no member (the press) of the list before it
    List<AgencyMention> found = R.find("các bộ, cơ quan Trung ương và địa phương, báo cáo Thủ tướng",
        Locality.NONE);
    assertEquals(List.of("các bộ, cơ quan Trung ương", "địa phương", "Thủ tướng"),
        found.stream().map(m -> m.span().text()).collect(Collectors.toList()));
    assertEquals(List.of("Các bộ, cơ quan Trung ương", "Các địa phương", "Thủ tướng Chính phủ"),
        found.stream().flatMap(m -> names(m.agencies()).stream()).collect(Collectors.toList()));
  }

  @Test
  void listsOfCollectivesOfTwoTiersAreOneMentionEach() {
    Locality quangNgai = Locality.province("Quảng Ngãi");
    String text = "yêu cầu Thủ trưởng các sở, ban ngành, các cơ quan trung ương trên địa bàn tỉnh, "
        + "Chủ tịch UBND các huyện, thành phố nghiêm túc quán triệt";
    List<AgencyMention> found = R.find(text, quangNgai);
    assertEquals(List.of("Thủ trưởng các sở, ban ngành", "các cơ quan trung ương trên địa bàn tỉnh",
        "Chủ tịch UBND các huyện, thành phố"),
        found.stream().map(m -> m.span().text()).collect(Collectors.toList()));
    assertEquals(List.of(List.of("Các sở, ban ngành tỉnh Quảng Ngãi"),
        List.of("Các cơ quan trung ương trên địa bàn tỉnh Quảng Ngãi"),
        List.of("Ủy ban nhân dân các huyện, thành phố tỉnh Quảng Ngãi")),
        found.stream().map(m -> names(m.agencies())).collect(Collectors.toList()));
    // without "các" before the second collective, and a province named after the list
    assertEquals(List.of("Các sở, ngành tỉnh Sơn La", "Các cơ quan trung ương trên địa bàn tỉnh Sơn La"),
        names(R.resolveAll("các sở, ngành, cơ quan trung ương trên địa bàn tỉnh Sơn La", Locality.NONE)));
    assertFound("Các Bộ, ngành, các sở, ban, ngành thực hiện", "Các Bộ, ngành", "các sở, ban, ngành");
    // the words both tiers have stay with the collective they follow; one tier is one collective
    assertFound("Các Bộ, ngành, cơ quan trung ương thực hiện", "Các Bộ, ngành, cơ quan trung ương");
    assertFound("các sở, ban, ngành, đoàn thể thực hiện", "các sở, ban, ngành, đoàn thể");
    assertEquals(List.of("Các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ"),
        names(R.resolveAll("Các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ", Locality.NONE)));
    // a province's "trên địa bàn tỉnh" keeps its unit word when the province is not known
    assertEquals(List.of("Các cơ quan trung ương trên địa bàn tỉnh"),
        names(R.resolveAll("các cơ quan trung ương trên địa bàn tỉnh", Locality.NONE)));
    assertEquals("Các sở, ban ngành tỉnh Quảng Ngãi",
        R.matchAt(text, text.indexOf("Thủ"), quangNgai).orElseThrow().agencies().get(0).name());
  }

  @Test
  void aRepeatedCacBeforeAnotherKindOfBodyStartsAnotherCollective() {
    String text = "Các tỉnh, thành đoàn, đoàn trực thuộc, các ban, đơn vị thuộc Trung ương Đoàn căn cứ "
        + "Quyết định thi hành";
    List<AgencyMention> found = R.find(text, Locality.NONE);
    assertEquals(List.of("Các tỉnh, thành đoàn, đoàn trực thuộc", "các ban, đơn vị thuộc Trung ương Đoàn"),
        found.stream().map(m -> m.span().text()).collect(Collectors.toList()));
    assertEquals(List.of("Các tỉnh, thành đoàn, đoàn trực thuộc",
        "Các ban, đơn vị thuộc Trung ương Đoàn TNCS Hồ Chí Minh"),
        found.stream().flatMap(m -> names(m.agencies()).stream()).collect(Collectors.toList()));
    assertEquals(List.of("Các sở, ngành tỉnh Đồng Nai", "Các huyện tỉnh Đồng Nai"),
        names(R.resolveAll("các sở, ngành và các huyện", DONG_NAI)));
    // the same kind again, or a catch-all, is the same collective
    assertFound("các sở, ban, ngành và các đoàn thể thực hiện", "các sở, ban, ngành và các đoàn thể");
    assertEquals(List.of("Các sở, ban, ngành tỉnh Đồng Nai"),
        names(R.resolveAll("các cơ quan, đơn vị, các sở, ban, ngành", DONG_NAI)));
    assertFound("Các Bộ, các cơ quan ngang Bộ thực hiện", "Các Bộ, các cơ quan ngang Bộ");
  }

  @Test
  void ministriesListedAfterTheirCommonWord() {
    assertEquals(List.of("Bộ Kế hoạch và Đầu tư", "Bộ Tài chính", "Bộ Lao động - Thương binh và Xã hội",
        "Bộ Y tế"), names(R.find("Đề nghị các Bộ: Kế hoạch và Đầu tư, Tài chính, Lao động-Thương binh "
            + "và Xã hội, Y tế và Ủy ban nhân dân các tỉnh báo cáo", Locality.NONE).get(0).agencies()));
    assertEquals(List.of("Sở Nội vụ tỉnh Đồng Nai", "Sở Tư pháp tỉnh Đồng Nai"),
        names(R.resolveAll("các Sở: Nội vụ, Tư pháp", DONG_NAI)));
    assertEquals(List.of("Văn phòng Ủy ban nhân dân tỉnh Bình Định", "Sở Nội vụ tỉnh Bình Định",
        "Sở Tài chính tỉnh Bình Định", "Sở Y tế tỉnh Bình Định"),
        names(R.resolveAll("Chánh Văn phòng UBND tỉnh, Giám đốc các Sở: Nội vụ, Tài chính, Y tế",
            Locality.province("Bình Định"))));
    assertEquals(List.of("Bộ Giao thông vận tải", "Bộ Tài nguyên và Môi trường",
        "Bộ Văn hóa, Thể thao và Du lịch"),
        names(R.resolveAll("các Bộ: Giaothông vận tải, Tàinguyên và Môi trường, Văn hóa, Thể thaovà Du lịch",
            Locality.NONE)));
    assertEquals(List.of("Các sở, ban ngành tỉnh Quảng Ngãi"),
        names(R.resolveAll("Thủ trưởng các sở, ban ngành", Locality.province("Quảng Ngãi"))));
    assertEquals(List.of("Ủy ban nhân dân các huyện, thành phố tỉnh Sơn La"),
        names(R.resolveAll("UBND các huyện, TP", Locality.province("Sơn La"))));
  }

  @Test
  void matchAtGivesTheLongestMentionAtAnOffset() {
    String text = "1. Giao Sở Nội vụ tỉnh chủ trì, phối hợp với Sở Tài chính thực hiện.";
    AgencyMention m = R.matchAt(text, text.indexOf("Sở"), DONG_NAI).orElseThrow();
    assertEquals("Sở Nội vụ tỉnh", m.span().text());
    assertEquals("Sở Nội vụ tỉnh Đồng Nai", m.agencies().get(0).name());
    assertTrue(R.matchAt(text, text.indexOf("chủ trì"), DONG_NAI).isEmpty());
    AgencyMention s = R.matchAt(text, text.indexOf("với") + 3, DONG_NAI).orElseThrow();
    assertEquals("Sở Tài chính", s.span().text());
  }

  @Test
  void longTextsAreReadInPiecesWithTheSameResult() {
    String sentence = "Giao Sở Nội vụ chủ trì, phối hợp các sở, ban, ngành và UBND các huyện, thành phố "
        + "Biên Hòa, Long Khánh thực hiện; ";
    String text = sentence.repeat(3000);
    List<AgencyMention> found = R.find(text, DONG_NAI);
    assertEquals(9000, found.size());
    assertEquals(R.find(sentence, DONG_NAI).get(2).span().text(), found.get(8999).span().text());
  }

  private static void assertFound(String text, String... spans) {
    List<String> got = R.find(text, DONG_NAI).stream().map(m -> m.span().text())
        .collect(Collectors.toList());
    assertEquals(List.of(spans), got, text);
  }

  private static List<String> names(List<Agency> as) {
    return as.stream().map(Agency::name).collect(Collectors.toList());
  }
}
