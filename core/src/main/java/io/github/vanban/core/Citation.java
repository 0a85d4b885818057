package io.github.vanban.core;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A document named by another: by its number ({@code Chỉ thị số 38-CT/TW ngày 19/9/2019 của
 * Ban Bí thư}) or by its type and full date ({@code Luật Tổ chức chính quyền địa phương ngày
 * 19 tháng 6 năm 2015}), with how the citing document relates to it. Short forms are
 * resolved to the same citation as their full form; {@link #span()} is the first mention.
 */
@Value.Immutable
public abstract class Citation {

  /** The number and symbol, absent for a law cited by name and date. */
  public abstract Optional<DocumentNumber> number();

  /** The kind of document cited. */
  public abstract DocumentType type();

  /** The date of issue, from any mention in the text. */
  public abstract Optional<LocalDate> date();

  /** The issuing body, canonical. */
  public abstract Optional<Agency> issuer();

  /** The title or name given with the citation ({@code Tổ chức chính quyền địa phương}). */
  public abstract Optional<String> title();

  /** How the citing document relates to the cited one. */
  public abstract Relation relation();

  /** The first mention in the source. */
  public abstract Span span();

  /**
   * The identity of the cited document: its number key, else type and date; under this key
   * different spellings of one citation are equal (as the evaluation keys them).
   */
  @Value.Derived
  @Value.Auxiliary
  public String key() {
    return number().map(DocumentNumber::key)
        .orElseGet(() -> type().name() + "@" + date().map(LocalDate::toString).orElse("?"));
  }

  /** A builder of a citation. */
  public static ImmutableCitation.Builder builder() {
    return ImmutableCitation.builder();
  }

  @Override
  public String toString() {
    return relation() + " " + type().heading() + " " + number().map(Object::toString).orElse("")
        + date().map(d -> " ngày " + d).orElse("") + issuer().map(a -> " của " + a).orElse("");
  }
}
