package io.github.vanban.core;

import java.util.Optional;
import org.immutables.value.Value;

/** The person who signed a document, with title and signing authority. */
@Value.Immutable
public abstract class Signer {

  /** The signer's name as printed: {@code "Đỗ Thanh Bình"}. */
  public abstract String name();

  /** The title in sentence case: {@code "Phó Chủ tịch"}. */
  public abstract Optional<String> title();

  /** The authority from the line above the title ({@code KT. CHỦ TỊCH} → {@link Authority#KT}). */
  public abstract Optional<Authority> authority();

  /** Where the signature block stands in the source. */
  public abstract Span span();

  /** A builder of a signer. */
  public static ImmutableSigner.Builder builder() {
    return ImmutableSigner.builder();
  }

  @Override
  public String toString() {
    return authority().map(a -> a + ". ").orElse("") + title().map(t -> t + " ").orElse("") + name();
  }
}
