package io.github.vanban.parser.agency;

import java.util.Optional;

/**
 * The place a document speaks from, which completes relative names: in a Đồng Nai letter
 * {@code UBND tỉnh} is {@code Ủy ban nhân dân tỉnh Đồng Nai}. {@link #province()} is the
 * province or centrally-run city; {@link #city()} says which of the two it is, so that
 * {@code Thành ủy} and {@code UBND thành phố} resolve in Cần Thơ as {@code Tỉnh ủy} and
 * {@code UBND tỉnh} do in Kiên Giang.
 *
 * @param province the province or city name in title case ({@code "Kiên Giang"}), if known
 * @param city whether it is a centrally-run city (thành phố trực thuộc trung ương)
 * @param district the district the document speaks from, if it is a district document
 */
public record Locality(Optional<String> province, boolean city, Optional<String> district) {

  /** No known place: relative names stay as printed. */
  public static final Locality NONE = new Locality(Optional.empty(), false, Optional.empty());

  /** A province. */
  public static Locality province(String name) {
    return new Locality(Optional.of(name), false, Optional.empty());
  }

  /** A centrally-run city. */
  public static Locality city(String name) {
    return new Locality(Optional.of(name), true, Optional.empty());
  }

  /** The word for the province tier here: {@code "tỉnh"} or {@code "thành phố"}. */
  public String tierWord() {
    return city ? "thành phố" : "tỉnh";
  }
}
