package io.github.vanban.graph;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.vanban.core.Document;
import io.github.vanban.core.Extraction;
import io.github.vanban.graph.agency.AgencyGraph;
import io.github.vanban.graph.agency.AgencyNode;
import io.github.vanban.graph.agency.Structure;
import io.github.vanban.graph.citation.CitationGraph;
import io.github.vanban.graph.citation.DocumentNode;
import io.github.vanban.graph.query.AgencyProfile;
import io.github.vanban.graph.query.AgencyRanking;
import io.github.vanban.graph.query.Cascade;
import io.github.vanban.graph.query.Coverage;
import io.github.vanban.graph.query.Lineage;
import io.github.vanban.graph.query.Obligations;
import io.github.vanban.graph.query.UpwardChain;
import io.github.vanban.parser.DocumentParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A corpus of parsed documents with its citation graph, its agency graph and the queries
 * over them. Built once by a {@link Builder} (documents may be added one at a time, and a
 * built corpus extended by {@link #toBuilder()}), then immutable and safe to query from any
 * number of threads.
 *
 * <pre>{@code
 * Corpus corpus = Corpus.of(Path.of("examples/src/main/resources/corpus"));
 * corpus.obligations().asOf(LocalDate.of(2020, 5, 1))     // who reports to whom, by when
 * corpus.cascade("38-CT/TW")                               // who carried the directive down
 * corpus.lineage("3935/KH-UBND")                           // and back up to its source
 * corpus.citations().graph()                               // a plain JGraphT Graph
 * }</pre>
 */
public final class Corpus {
  private final ImmutableList<Document> documents;
  private final CitationGraph citations;
  private final AgencyGraph agencies;

  private Corpus(ImmutableList<Document> documents, Structure structure) {
    this.documents = documents;
    this.citations = CitationGraph.of(documents);
    this.agencies = AgencyGraph.of(documents, citations, structure);
  }

  /** An empty builder with the bundled structure rules. */
  public static Builder builder() {
    return new Builder();
  }

  /** The corpus of these documents. */
  public static Corpus of(Collection<Document> documents) {
    return builder().addAll(documents).build();
  }

  /**
   * Reads files and folders (every {@code .txt} file below a folder, in name order) with the
   * standard parser.
   */
  public static Corpus of(Path... paths) throws IOException {
    return read(DocumentParser.standard(), List.of(paths));
  }

  /** Reads files and folders with {@code parser}. */
  public static Corpus read(DocumentParser parser, List<Path> paths) throws IOException {
    checkNotNull(parser, "parser");
    Builder b = builder();
    for (Path f : files(paths)) {
      b.add(parser.read(f));
    }
    return b.build();
  }

  /** The {@code .txt} files of folders (recursively, in name order) and the files given. */
  public static List<Path> files(List<Path> paths) throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path p : paths) {
      checkNotNull(p, "path");
      if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.walk(p)) {
          files.addAll(s.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().endsWith(".txt"))
              .sorted().collect(Collectors.toList()));
        }
      } else {
        files.add(p);
      }
    }
    return files;
  }

  /** A builder holding this corpus' documents, to extend it. */
  public Builder toBuilder() {
    return builder().addAll(documents);
  }

  /**
   * The documents, in the order they were added (a document added twice is kept once); each is
   * equal to the document added, with the values it shares with other documents held once.
   */
  public ImmutableList<Document> documents() {
    return documents;
  }

  /** The citation graph. */
  public CitationGraph citations() {
    return citations;
  }

  /** The agency graph. */
  public AgencyGraph agencies() {
    return agencies;
  }

  /** The vertex of a document in any spelling of its number ({@code 38/CT-TW}, {@code Chỉ thị 38}). */
  public DocumentNode document(String reference) {
    return citations.find(reference)
        .orElseThrow(() -> new IllegalArgumentException("no document " + reference + " in the corpus"));
  }

  /** The body of this canonical name (any spelling), or else the one body whose name contains these words. */
  public AgencyNode agency(String name) {
    List<AgencyNode> found = agencies.match(name);
    checkArgument(!found.isEmpty(), "no agency '%s' in the corpus", name);
    checkArgument(found.size() == 1, "'%s' names %s agencies: %s", name, found.size(), found);
    return found.get(0);
  }

  /** Every reporting obligation of the corpus, as a query to narrow down. */
  public Obligations obligations() {
    return Obligations.of(agencies, citations);
  }

  /** The tree of documents that implement, copy or forward a document, at every level. */
  public Cascade cascade(String reference) {
    return Cascade.of(citations, document(reference));
  }

  /** The path from a document up to its central source. */
  public Lineage lineage(String reference) {
    return Lineage.of(citations, document(reference));
  }

  /** Which addressed bodies and provinces have a document implementing a directive, and which have none. */
  public Coverage coverage(String reference) {
    return Coverage.of(citations, document(reference));
  }

  /** Everything the corpus says about one body. */
  public AgencyProfile profile(String agencyName) {
    return AgencyProfile.of(agencies, citations, agency(agencyName));
  }

  /** Where the reports of a body flow, transitively, and the bodies above it. */
  public UpwardChain chainUp(String agencyName) {
    return UpwardChain.of(agencies, agency(agencyName));
  }

  /** The bodies ranked by the obligations they owe and receive. */
  public AgencyRanking ranking() {
    return AgencyRanking.of(agencies, citations);
  }

  @Override
  public String toString() {
    return "Corpus[" + documents.size() + " documents; " + citations + "; " + agencies + "]";
  }

  /**
   * Collects documents for a {@link Corpus}: add them one at a time, or every document of an
   * {@link Extraction}. Adding a document equal to one already added changes nothing. The
   * corpus keeps each document with the parts it shares with earlier ones (agencies, numbers,
   * dates, deadlines, citations, tasks, obligations, strings) as one instance: an equal
   * document, so that a large corpus holds each repeated value once. Not thread-safe;
   * {@link #build()} may be called more than once.
   */
  public static final class Builder {
    private final Set<Document> documents = new LinkedHashSet<>();
    private final DocumentInterner interner = new DocumentInterner();
    private Structure structure = Structure.standard();

    private Builder() {}

    /** Adds documents. */
    public Builder add(Document... documents) {
      for (Document d : documents) {
        this.documents.add(interner.intern(checkNotNull(d, "document")));
      }
      return this;
    }

    /** Adds documents. */
    public Builder addAll(Collection<Document> documents) {
      documents.forEach(this::add);
      return this;
    }

    /** Adds every document of an extraction. */
    public Builder add(Extraction extraction) {
      return addAll(extraction.documents());
    }

    /** Adds every document of an extraction. */
    public Builder addAll(Extraction extraction) {
      return add(extraction);
    }

    /** The rules that place bodies in the hierarchy when no document declares it ({@link Structure#standard()}). */
    public Builder structure(Structure structure) {
      this.structure = checkNotNull(structure, "structure");
      return this;
    }

    /** The corpus of the documents added so far. */
    public Corpus build() {
      return new Corpus(ImmutableList.copyOf(documents), structure);
    }
  }
}
