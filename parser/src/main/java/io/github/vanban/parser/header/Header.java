package io.github.vanban.parser.header;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.vanban.core.Agency;
import io.github.vanban.core.Document;
import io.github.vanban.core.DocumentNumber;
import io.github.vanban.core.DocumentType;
import io.github.vanban.core.Level;
import io.github.vanban.core.Receipt;
import io.github.vanban.core.Span;
import io.github.vanban.parser.agency.Locality;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** What the header of a document says about it, and where its body begins. */
@Value.Immutable
public abstract class Header {

  public abstract Optional<DocumentNumber> number();

  @Value.Default
  public DocumentType type() {
    return DocumentType.OTHER;
  }

  public abstract Optional<Agency> issuer();

  @Value.Default
  public Level level() {
    return Level.UNKNOWN;
  }

  public abstract Optional<String> place();

  public abstract Optional<LocalDate> date();

  public abstract Optional<String> subject();

  public abstract ImmutableList<String> recipients();

  /** Spans of the fields found. */
  public abstract ImmutableMap<Document.Field, Span> spans();

  /** The locality of the issuer, which completes relative names in the body. */
  @Value.Default
  public Locality locality() {
    return Locality.NONE;
  }

  /** Received stamps found in the header ({@code CÔNG VĂN ĐẾN Số: 523 Ngày: 19/02/2020}). */
  public abstract ImmutableList<Receipt> receipts();

  /**
   * Whether the header was read from a report about the document (a news item) rather than
   * from the document's own header lines.
   */
  @Value.Default
  public boolean reported() {
    return false;
  }

  /** The offset where the body begins (after the addressees, or after the header lines). */
  public abstract int bodyStart();

  public static ImmutableHeader.Builder builder() {
    return ImmutableHeader.builder();
  }
}
