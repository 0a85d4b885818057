package io.github.vanban.core;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One document read from a source: what it says about itself (number, type, issuer, place
 * and date, subject, addressees, signature), what it cites, the tasks it assigns and the
 * reports it demands. The text the parser did not understand stays attached as
 * {@link #unparsed()} spans, so nothing of the source is lost.
 */
@Value.Immutable
public abstract class Document {

  /** A header field whose source span is kept in {@link #spans()}. */
  public enum Field {
    NUMBER, TYPE, ISSUER, PLACE, DATE, SUBJECT, RECIPIENTS
  }

  /** The number and symbol; absent in a news report that gives none. */
  public abstract Optional<DocumentNumber> number();

  /** The kind of document. */
  @Value.Default
  public DocumentType type() {
    return DocumentType.OTHER;
  }

  /** The issuing body. */
  public abstract Optional<Agency> issuer();

  /** The tier of the issuer. */
  @Value.Default
  public Level level() {
    return Level.UNKNOWN;
  }

  /** The place name of the date line: {@code "Đồng Nai"}. */
  public abstract Optional<String> place();

  /** The date of issue. */
  public abstract Optional<LocalDate> date();

  /** The summary line (trích yếu), without the type word or a leading {@code V/v}. */
  public abstract Optional<String> subject();

  /** The addressees under {@code Kính gửi}, as printed. */
  public abstract ImmutableList<String> recipients();

  /** The distribution list under {@code Nơi nhận}, as printed (not citations). */
  public abstract ImmutableList<String> distribution();

  /** The signature. */
  public abstract Optional<Signer> signer();

  /** Every other document named, once each, in order of first mention. */
  public abstract ImmutableList<Citation> citations();

  /** Assignments with a named lead, in order. */
  public abstract ImmutableList<Task> tasks();

  /** Reporting obligations, in order. */
  public abstract ImmutableList<ReportingObligation> reporting();

  /** Received stamps found on the document. */
  public abstract ImmutableList<Receipt> receipts();

  /** The spans of the header fields that were found. */
  public abstract ImmutableMap<Field, Span> spans();

  /** Text the parser kept but did not understand, with its place. */
  public abstract ImmutableList<Span> unparsed();

  /** The extent of this document in its source. */
  public abstract Span span();

  /** The name of the source it came from (a file name), empty for text given directly. */
  @Value.Default
  public String source() {
    return "";
  }

  /** The province or city of the issuer, if local. */
  @Value.Derived
  @Value.Auxiliary
  public Optional<String> locality() {
    return issuer().flatMap(Agency::locality);
  }

  /** The citations of one relation. */
  public final ImmutableList<Citation> citations(Relation relation) {
    return citations().stream().filter(c -> c.relation() == relation).collect(ImmutableList.toImmutableList());
  }

  /** A builder of a document. */
  public static ImmutableDocument.Builder builder() {
    return ImmutableDocument.builder();
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    b.append(type().heading()).append(' ').append(number().map(Object::toString).orElse("(không số)"));
    issuer().ifPresent(i -> b.append(" của ").append(i));
    date().ifPresent(d -> b.append(", ").append(d));
    subject().ifPresent(s -> b.append(": ").append(s.length() > 80 ? s.substring(0, 77) + "..." : s));
    b.append(" [").append(citations().size()).append(" citations, ").append(tasks().size())
        .append(" tasks, ").append(reporting().size()).append(" reporting]");
    return b.toString();
  }
}
