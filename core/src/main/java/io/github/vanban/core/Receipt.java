package io.github.vanban.core;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A received stamp on a document ({@code CÔNG VĂN ĐẾN Số: 523 Ngày: 19/02/2020}): a record
 * that the holder registered the document, not a document of its own.
 */
@Value.Immutable
public abstract class Receipt {

  /** The registration number written into the stamp. */
  public abstract Optional<String> number();

  /** The date of receipt. */
  public abstract Optional<LocalDate> date();

  /** The stamp in the source. */
  public abstract Span span();

  /** A builder of a receipt. */
  public static ImmutableReceipt.Builder builder() {
    return ImmutableReceipt.builder();
  }
}
