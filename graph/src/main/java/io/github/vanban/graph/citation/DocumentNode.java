package io.github.vanban.graph.citation;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.vanban.core.Agency;
import io.github.vanban.core.Document;
import io.github.vanban.core.DocumentNumber;
import io.github.vanban.core.DocumentType;
import io.github.vanban.core.Level;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A vertex of the citation graph: a document of the corpus, or a placeholder for a document
 * that is cited but not (yet) in the corpus, described by what its citations say (number,
 * type, date, issuer). Two nodes are equal when their {@link #id()}s are: the id is unique
 * within one corpus and stable across spellings of the number ({@code 38-CT/TW} and
 * {@code 38/CT-TW} are the node {@code 38CTTW}). Immutable.
 */
public final class DocumentNode implements Comparable<DocumentNode> {
  // Nullable fields rather than Optionals: a corpus of a million documents holds a million nodes.
  private final String id;
  private final DocumentNumber number;
  private final DocumentType type;
  private final LocalDate date;
  private final Agency issuer;
  private final Document document;

  DocumentNode(String id, Optional<DocumentNumber> number, DocumentType type,
      Optional<LocalDate> date, Optional<Agency> issuer, Optional<Document> document) {
    this.id = checkNotNull(id, "id");
    this.number = checkNotNull(number, "number").orElse(null);
    this.type = checkNotNull(type, "type");
    this.date = checkNotNull(date, "date").orElse(null);
    this.issuer = checkNotNull(issuer, "issuer").orElse(null);
    this.document = checkNotNull(document, "document").orElse(null);
  }

  /** The identity of the node within its corpus: the folded number, made unique if needed. */
  public String id() {
    return id;
  }

  /** The number as the document prints it (or as first cited, for a placeholder). */
  public Optional<DocumentNumber> number() {
    return Optional.ofNullable(number);
  }

  /** The kind of document. */
  public DocumentType type() {
    return type;
  }

  /** The date of issue, if known. */
  public Optional<LocalDate> date() {
    return Optional.ofNullable(date);
  }

  /** The issuing body, if known. */
  public Optional<Agency> issuer() {
    return Optional.ofNullable(issuer);
  }

  /** The document itself; empty for a placeholder. */
  public Optional<Document> document() {
    return Optional.ofNullable(document);
  }

  /** The number, or null: for the graph's builders, without an Optional per call. */
  DocumentNumber numberOrNull() {
    return number;
  }

  /** The document, or null for a placeholder: for the graph's builders. */
  Document documentOrNull() {
    return document;
  }

  /** Whether the document is only known from citations. */
  public boolean placeholder() {
    return document == null;
  }

  /** The province or city of the issuer, if local. */
  public Optional<String> locality() {
    return issuer == null ? Optional.empty() : issuer.locality();
  }

  /** The tier of the issuer: the document's level, else the issuer's. */
  public Level level() {
    Level l = document == null ? Level.UNKNOWN : document.level();
    return l != Level.UNKNOWN || issuer == null ? l : issuer.level();
  }

  /** The number as printed, else {@code (không số)}. */
  public String numberText() {
    return number == null ? "(không số)" : number.printed();
  }

  /** Oldest first, undated last, then by id. */
  @Override
  public int compareTo(DocumentNode o) {
    if (date != o.date) {
      int c = (date == null ? LocalDate.MAX : date).compareTo(o.date == null ? LocalDate.MAX : o.date);
      if (c != 0) {
        return c;
      }
    }
    return id.compareTo(o.id);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DocumentNode && ((DocumentNode) o).id.equals(id);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  /** {@code Chỉ thị 38-CT/TW (Ban Bí thư Trung ương Đảng, 2019-09-19)}, with {@code [cited]} for a placeholder. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(type.heading()).append(' ').append(numberText());
    if (issuer != null || date != null) {
      b.append(" (");
      if (issuer != null) {
        b.append(issuer);
      }
      if (issuer != null && date != null) {
        b.append(", ");
      }
      if (date != null) {
        b.append(date);
      }
      b.append(')');
    }
    if (placeholder()) {
      b.append(" [cited]");
    }
    return b.toString();
  }
}
