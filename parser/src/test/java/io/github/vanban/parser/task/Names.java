package io.github.vanban.parser.task;

/** The names the test snippets use, as a provincial gazetteer would resolve them. */
final class Names {
  private Names() {}

  static final String UBND = "Ủy ban nhân dân tỉnh Kiên Giang";
  static final String SNV = "Sở Nội vụ tỉnh Kiên Giang";
  static final String SNGV = "Sở Ngoại vụ tỉnh Kiên Giang";
  static final String STC = "Sở Tài chính tỉnh Kiên Giang";
  static final String SKHDT = "Sở Kế hoạch và Đầu tư tỉnh Kiên Giang";
  static final String SVH = "Sở Văn hóa, Thể thao và Du lịch tỉnh Kiên Giang";
  static final String LH = "Liên hiệp các tổ chức hữu nghị tỉnh Kiên Giang";
  static final String SBN = "Các sở, ban, ngành tỉnh Kiên Giang";
  static final String HUYEN = "Ủy ban nhân dân các huyện, thành phố tỉnh Kiên Giang";
  static final String VP = "Văn phòng Ủy ban nhân dân tỉnh Kiên Giang";
  static final String TTG = "Thủ tướng Chính phủ";
  static final String BKHDT = "Bộ Kế hoạch và Đầu tư";
  static final String BNG = "Bộ Ngoại giao";
  static final String CLS = "Cục Lãnh sự";
  static final String BCA = "Bộ Công an";
  static final String VKS = "Viện Kiểm sát nhân dân tối cao";
  static final String BQP = "Bộ Quốc phòng";
  static final String BTG = "Ban Tuyên giáo Thành ủy Cần Thơ";
  static final String BCS = "Ban cán sự đảng Ủy ban nhân dân thành phố Cần Thơ";
  static final String BTC = "Bộ Tài chính";
  static final String BTNMT = "Bộ Tài nguyên và Môi trường";
  static final String STNMT = "Sở Tài nguyên và Môi trường tỉnh Kiên Giang";

  static FakeMentions gazetteer() {
    return new FakeMentions()
        .name("Ủy ban nhân dân tỉnh", UBND).name("UBND tỉnh", UBND)
        .name("Sở Nội vụ", SNV).name("Sở Ngoại vụ", SNGV).name("Sở Tài chính", STC)
        .name("Sở Kế hoạch và Đầu tư", SKHDT).name("Sở Văn hóa, Thể thao và Du lịch", SVH)
        .name("Liên hiệp các tổ chức hữu nghị tỉnh", LH)
        .name("Các sở, ban, ngành cấp tỉnh", SBN).name("các sở, ban, ngành liên quan", SBN)
        .name("các sở, ban, ngành", SBN)
        .name("UBND các huyện, thành phố", HUYEN).name("Ủy ban nhân dân các huyện, thành phố", HUYEN)
        .name("Văn phòng UBND tỉnh", VP)
        .name("Thủ tướng Chính phủ", TTG).name("Bộ Kế hoạch và Đầu tư", BKHDT)
        .name("Bộ Ngoại giao", BNG).name("Cục Lãnh sự", CLS).name("Bộ Công an", BCA)
        .name("Viện Kiểm sát nhân dân tối cao", VKS).name("Bộ Quốc phòng", BQP)
        .name("Ban Tuyên giáo Thành ủy", BTG).name("Ban cán sự đảng Ủy ban Nhân dân thành phố", BCS)
        .name("Bộ Tài chính", BTC).name("Bộ TN&MT", BTNMT).name("Sở TN&MT", STNMT)
        .name("các cơ quan, đơn vị có liên quan").name("các đơn vị").name("Quý Cơ quan")
        .name("Các Bộ, cơ quan ngang Bộ", "Các Bộ, cơ quan ngang Bộ");
  }
}
