package io.github.vanban.parser;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.vanban.core.Diagnostic;
import io.github.vanban.core.Diagnostic.Severity;
import io.github.vanban.core.Document;
import io.github.vanban.core.Extraction;
import io.github.vanban.core.ImmutableDocument;
import io.github.vanban.core.Span;
import io.github.vanban.parser.agency.AgencyResolver;
import io.github.vanban.parser.citation.CitationFinder;
import io.github.vanban.parser.footer.Footer;
import io.github.vanban.parser.footer.FooterReader;
import io.github.vanban.parser.header.Header;
import io.github.vanban.parser.header.HeaderReader;
import io.github.vanban.parser.segment.DocumentContext;
import io.github.vanban.parser.segment.Segment;
import io.github.vanban.parser.segment.Segmenter;
import io.github.vanban.parser.task.ObligationReader;
import io.github.vanban.parser.text.SourceDecoder;
import io.github.vanban.parser.text.TextLine;
import io.github.vanban.parser.text.TextNormalizer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads sources into {@link Extraction}s through a staged pipeline: decode → normalise →
 * segment → header and footer → citations → tasks and reporting → coverage of what was
 * not understood. A parser holds no mutable state: one instance can serve any number of
 * threads. Bad text never throws; it yields diagnostics and unparsed spans.
 *
 * <pre>{@code
 * DocumentParser parser = DocumentParser.builder().maxChars(10_000_000).build();
 * Extraction x = parser.parse(text, "letter.txt");
 * }</pre>
 */
public final class DocumentParser {
  /** The default limit of characters read from one source. */
  public static final int DEFAULT_MAX_CHARS = 64 * 1024 * 1024;

  private final int maxChars;
  private final AgencyResolver agencies;
  private final Segmenter segmenter;
  private final HeaderReader headers;
  private final FooterReader footers;
  private final CitationFinder citations;
  private final ObligationReader obligations;

  private DocumentParser(Builder b) {
    this.maxChars = b.maxChars;
    this.agencies = b.agencies;
    this.segmenter = new Segmenter();
    this.headers = new HeaderReader(agencies);
    this.footers = new FooterReader();
    this.citations = new CitationFinder();
    this.obligations = new ObligationReader();
  }

  /** A parser with the default configuration. */
  public static DocumentParser standard() {
    return builder().build();
  }

  /** A builder of a configured parser. */
  public static Builder builder() {
    return new Builder();
  }

  /** Reads the text of a file, decoding it as {@link SourceDecoder} does. */
  public Extraction read(Path file) throws IOException {
    checkNotNull(file, "file");
    long size = Files.size(file);
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    if (size > (long) maxChars * 4) {
      return Extraction.builder().source(name).addDiagnostics(Diagnostic.of(Severity.ERROR,
          "file too large: " + size + " bytes, the limit is " + (long) maxChars * 4)).build();
    }
    return parse(Files.readAllBytes(file), name);
  }

  /** Reads encoded bytes from a source named {@code sourceName}. */
  public Extraction parse(byte[] bytes, String sourceName) {
    SourceDecoder.Decoded decoded = SourceDecoder.decode(bytes);
    Extraction x = parse(decoded.text(), sourceName);
    if (decoded.diagnostics().isEmpty()) {
      return x;
    }
    return Extraction.builder().from(x)
        .diagnostics(ImmutableList.<Diagnostic>builder().addAll(decoded.diagnostics()).addAll(x.diagnostics()).build())
        .build();
  }

  /** Reads text from a source named {@code sourceName}; spans are offsets into its NFC form. */
  public Extraction parse(String text, String sourceName) {
    checkNotNull(text, "text");
    checkNotNull(sourceName, "sourceName");
    List<Diagnostic> diagnostics = new ArrayList<>();
    String input = text;
    if (input.length() > maxChars) {
      diagnostics.add(Diagnostic.of(Severity.WARNING, "text longer than " + maxChars
          + " characters: the rest was not read"));
      input = input.substring(0, maxChars);
    }
    String normalized = TextNormalizer.normalize(input);
    var out = Extraction.builder().source(sourceName);
    if (normalized.isBlank()) {
      return out.addAllDiagnostics(diagnostics).build();
    }
    List<Document> docs = new ArrayList<>();
    for (Segment segment : segmenter.split(normalized)) {
      docs.add(document(normalized, segment, sourceName));
    }
    out.addAllDocuments(Copies.link(docs));
    return out.addAllDiagnostics(diagnostics).build();
  }

  private Document document(String text, Segment segment, String sourceName) {
    // a document shorter than the footer's reach is split into lines once for both readers
    ImmutableList<TextLine> tail = FooterReader.tailLines(text, segment);
    boolean whole = !tail.isEmpty() && tail.get(0).start() == segment.start();
    Header header = whole ? headers.read(text, segment, tail) : headers.read(text, segment);
    Footer footer = footers.read(text, segment, tail);
    DocumentContext context = new DocumentContext(text, segment, header, footer, agencies);
    ObligationReader.Obligations found = obligations.read(context);
    ImmutableDocument.Builder b = Document.builder()
        .number(header.number())
        .type(header.type())
        .issuer(header.issuer())
        .level(header.level())
        .place(header.place())
        .date(header.date())
        .subject(header.subject())
        .recipients(header.recipients())
        .receipts(header.receipts())
        .spans(header.spans())
        .signer(footer.signer())
        .distribution(footer.distribution())
        .citations(citations.find(context))
        .tasks(found.tasks())
        .reporting(found.reporting())
        .span(Span.in(text, segment.start(), segment.end()))
        .source(sourceName);
    ImmutableDocument draft = b.build();
    // the one field left is set on a copy: no second build of every list and map
    return draft.withUnparsed(Coverage.uncovered(text, segment, draft));
  }

  /** Configures a {@link DocumentParser}. */
  public static final class Builder {
    private int maxChars = DEFAULT_MAX_CHARS;
    private AgencyResolver agencies = AgencyResolver.standard();

    private Builder() {}

    /** The most characters read from one source; the rest is dropped with a diagnostic. */
    public Builder maxChars(int maxChars) {
      checkArgument(maxChars > 0, "maxChars must be positive: %s", maxChars);
      this.maxChars = maxChars;
      return this;
    }

    /** The resolver of agency names. */
    public Builder agencies(AgencyResolver agencies) {
      this.agencies = checkNotNull(agencies, "agencies");
      return this;
    }

    public DocumentParser build() {
      return new DocumentParser(this);
    }
  }
}
