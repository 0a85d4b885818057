package io.github.vanban.core;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.vanban.core.text.Fold;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A body that issues documents, is assigned tasks or receives reports, under its canonical
 * name: abbreviations written out, the locality of a relative name filled in ({@code Sở
 * Ngoại vụ} in a Đồng Nai letter is {@code Sở Ngoại vụ tỉnh Đồng Nai}), a head standing for
 * the body. Two agencies are the same body when their {@link #key()}s are equal.
 */
@Value.Immutable
public abstract class Agency {

  /** The canonical name: {@code "Ủy ban nhân dân tỉnh Kiên Giang"}. */
  @Value.Parameter
  public abstract String name();

  /** What sort of body it is. */
  @Value.Default
  public AgencyKind kind() {
    return AgencyKind.OTHER;
  }

  /** Its tier. */
  @Value.Default
  public Level level() {
    return Level.UNKNOWN;
  }

  /** The province or city it belongs to, if local: {@code "Kiên Giang"}. */
  public abstract Optional<String> locality();

  /** The body it reports to in the hierarchy, where known (a department → the provincial People's Committee). */
  public abstract Optional<Agency> parent();

  /**
   * The folded name: the identity of the body across spellings. Computed on first use, once
   * (many agencies built while a mention is read are never compared); like every lazy
   * attribute it takes no part in {@code equals}, {@code hashCode} and {@code toString}.
   */
  @Value.Lazy
  public String key() {
    return Fold.fold(name());
  }

  /** An agency known only by its name. */
  public static Agency of(String name) {
    return ImmutableAgency.of(name);
  }

  /** A builder of an agency. */
  public static ImmutableAgency.Builder builder() {
    return ImmutableAgency.builder();
  }

  @Value.Check
  protected void check() {
    checkArgument(!name().isBlank(), "agency name is blank");
  }

  @Override
  public String toString() {
    return name();
  }
}
