package io.github.vanban.core;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The kind of a document (thể loại văn bản), with its Vietnamese heading and the
 * abbreviations used in number symbols by the State (Nghị định 30/2020, Phụ lục III) and by
 * the Party (Hướng dẫn 36-HD/VPTW). The codes are those of {@code vanban-extract/1}.
 */
public enum DocumentType {
  NGHI_QUYET("Nghị quyết", "NQ"),
  QUYET_DINH("Quyết định", "QĐ"),
  CHI_THI("Chỉ thị", "CT"),
  KET_LUAN("Kết luận", "KL"),
  QUY_CHE("Quy chế", "QC"),
  QUY_DINH("Quy định", "QyĐ", "QĐi"),
  THONG_BAO("Thông báo", "TB"),
  HUONG_DAN("Hướng dẫn", "HD"),
  CHUONG_TRINH("Chương trình", "CTr"),
  KE_HOACH("Kế hoạch", "KH"),
  PHUONG_AN("Phương án", "PA"),
  DE_AN("Đề án", "ĐA"),
  DU_AN("Dự án", "DA"),
  BAO_CAO("Báo cáo", "BC"),
  BIEN_BAN("Biên bản", "BB"),
  TO_TRINH("Tờ trình", "TTr"),
  CONG_VAN("Công văn", "CV"),
  CONG_DIEN("Công điện", "CĐ"),
  GIAY_MOI("Giấy mời", "GM"),
  THONG_TRI("Thông tri", "TT"),
  BAN_SAO("Bản sao", "BS", "SY", "TrS", "SL"),
  LUAT("Luật", "L"),
  PHAP_LENH("Pháp lệnh", "PL"),
  NGHI_DINH("Nghị định", "NĐ"),
  THONG_TU("Thông tư", "TT"),
  HIEN_PHAP("Hiến pháp"),
  OTHER("Văn bản");

  private static final ImmutableMap<String, DocumentType> BY_HEADING;
  /** Each abbreviation as written, to the first type (in declaration order) that has it. */
  private static final ImmutableMap<String, DocumentType> BY_SYMBOL;
  /** Each abbreviation {@link #fold folded}, to the first type (in declaration order) that has it. */
  private static final ImmutableMap<String, DocumentType> BY_FOLDED_SYMBOL;

  static {
    ImmutableMap.Builder<String, DocumentType> b = ImmutableMap.builder();
    Map<String, DocumentType> symbols = new LinkedHashMap<>();
    Map<String, DocumentType> folded = new LinkedHashMap<>();
    for (DocumentType t : values()) {
      b.put(t.heading.toLowerCase(java.util.Locale.ROOT), t);
      for (String a : t.abbreviations) {
        symbols.putIfAbsent(a, t);
        folded.putIfAbsent(fold(a), t);
      }
    }
    BY_HEADING = b.buildOrThrow();
    BY_SYMBOL = ImmutableMap.copyOf(symbols);
    BY_FOLDED_SYMBOL = ImmutableMap.copyOf(folded);
  }

  private final String heading;
  private final ImmutableList<String> abbreviations;

  DocumentType(String heading, String... abbreviations) {
    this.heading = heading;
    this.abbreviations = ImmutableList.copyOf(abbreviations);
  }

  /** The heading word as printed in title case: {@code "Chỉ thị"}, {@code "Kế hoạch"}. */
  public String heading() {
    return heading;
  }

  /**
   * Symbols used in numbers for this type, State form first; {@code TT} is both the State
   * thông tư and the Party thông tri, so a symbol alone does not always decide the type.
   */
  public ImmutableList<String> abbreviations() {
    return abbreviations;
  }

  /** The type whose heading is {@code heading}, ignoring case (NFC text expected). */
  public static Optional<DocumentType> fromHeading(String heading) {
    return Optional.ofNullable(BY_HEADING.get(heading.trim().toLowerCase(java.util.Locale.ROOT)));
  }

  /**
   * The type a number symbol code names ({@code "KH"} → {@link #KE_HOACH}), matched without
   * regard to case or {@code Đ}/{@code D}; {@code party} picks {@link #THONG_TRI} over
   * {@link #THONG_TU} for {@code TT}.
   */
  public static Optional<DocumentType> fromSymbol(String code, boolean party) {
    DocumentType exact = BY_SYMBOL.get(code);
    if (exact != null && !code.equals("TT")) {
      return Optional.of(exact); // no other abbreviation folds to TT: nothing to fold
    }
    String c = fold(code);
    if (c.equals("TT")) {
      return Optional.of(party ? THONG_TRI : THONG_TU);
    }
    return Optional.ofNullable(exact != null ? exact : BY_FOLDED_SYMBOL.get(c));
  }

  private static String fold(String s) {
    return s.replace('Đ', 'D').replace('đ', 'd').toUpperCase(java.util.Locale.ROOT);
  }
}
