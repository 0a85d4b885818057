package io.github.vanban.parser.agency;

import java.util.Optional;

/**
 * A province or centrally-run city of the gazetteer, before or after the merger of
 * 1 July 2025 (63 units before, 34 after).
 *
 * @param name its name without the tier word ({@code "Kiên Giang"}, {@code "Hồ Chí Minh"})
 * @param city whether it is a centrally-run city (thành phố trực thuộc trung ương)
 * @param validity when it existed
 * @param successor the unit it was merged into on 1 July 2025, for a unit that ended then
 * @param bareName how a name writes it with no tier word before it ({@code "Báo Đồng Nai"},
 *     {@code "Thành ủy Thành phố Hồ Chí Minh"})
 */
public record Province(String name, boolean city, Validity validity, Optional<String> successor,
    String bareName) {

  /** When a unit existed, relative to the merger of 1 July 2025. */
  public enum Validity {
    /** Until 30 June 2025 only. */
    BEFORE_2025,
    /** From 1 July 2025 only. */
    AFTER_2025,
    /** Both before and after. */
    BOTH
  }

  /** The tier word: {@code "tỉnh"} or {@code "thành phố"}. */
  public String tierWord() {
    return city ? "thành phố" : "tỉnh";
  }

  /** The Party committee word: {@code "Tỉnh ủy"} or {@code "Thành ủy"}. */
  public String partyCommittee() {
    return city ? "Thành ủy" : "Tỉnh ủy";
  }

  /** The {@link Locality} of a document of this unit. */
  public Locality locality() {
    return city ? Locality.city(name) : Locality.province(name);
  }
}
