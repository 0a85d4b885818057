package io.github.vanban.graph.query;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.vanban.core.json.ExtractionJson;
import io.github.vanban.graph.agency.AgencyGraph;
import io.github.vanban.graph.agency.AgencyNode;
import io.github.vanban.graph.agency.ReportingEdge;
import io.github.vanban.graph.agency.ReportingRun;
import io.github.vanban.graph.citation.CitationGraph;
import io.github.vanban.graph.citation.DocumentNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The reporting obligations of a corpus, narrowed down step by step: by reporter, recipient,
 * intermediary or document, as of a day (each row's next due day), or within a window of days
 * ({@link #dueBetween}: one row per due day, recurring deadlines expanded). Each step returns
 * a new query; the rows are computed once, sorted by due day, and printed as a table by
 * {@link #toString()}. Immutable and thread-safe.
 *
 * <pre>{@code
 * corpus.obligations().recipient("Sở Ngoại vụ tỉnh Đồng Nai").asOf(LocalDate.of(2020, 5, 1))
 * corpus.obligations().dueBetween(LocalDate.of(2020, 1, 1), LocalDate.of(2021, 12, 31))
 * }</pre>
 *
 * <p>An agency is named by its canonical name in any spelling, or by words its name contains
 * ({@code "so noi vu"}); a name that matches no agency matches no row.
 */
public final class Obligations implements Iterable<ObligationRow> {
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final AgencyGraph agencies;
  private final CitationGraph citations;
  private final ImmutableList<Predicate<ReportingEdge>> filters;
  /**
   * The edges the filters run over: the smallest index lookup among the filters (the edges of
   * an agency or of a document), else every edge of the corpus.
   */
  private final Optional<Seed> seed;
  /** The filter whose lookup is the seed (every edge of the seed passes it), -1 if none. */
  private final int seedFilter;
  private final ImmutableList<String> description;
  private final LocalDate asOf;
  private final Optional<LocalDate> from;
  private final Optional<LocalDate> to;
  private final Supplier<ImmutableList<ObligationRow>> rows = Suppliers.memoize(this::compute);

  private Obligations(AgencyGraph agencies, CitationGraph citations, ImmutableList<Predicate<ReportingEdge>> filters,
      Optional<Seed> seed, int seedFilter, ImmutableList<String> description,
      LocalDate asOf, Optional<LocalDate> from, Optional<LocalDate> to) {
    this.agencies = agencies;
    this.citations = citations;
    this.filters = filters;
    this.seed = seed;
    this.seedFilter = seedFilter;
    this.description = description;
    this.asOf = asOf;
    this.from = from;
    this.to = to;
  }

  /** Every obligation of the graphs, as of today. */
  public static Obligations of(AgencyGraph agencies, CitationGraph citations) {
    return new Obligations(checkNotNull(agencies), checkNotNull(citations), ImmutableList.of(), Optional.empty(), -1,
        ImmutableList.of(), LocalDate.now(), Optional.empty(), Optional.empty());
  }

  /** This query and one more filter; {@code edges}, the index lookup the filter matches, may narrow the seed. */
  private Obligations with(Predicate<ReportingEdge> filter, String what, Seed edges) {
    boolean keep = seed.isPresent() && seed.get().size <= edges.size;
    return new Obligations(agencies, citations,
        ImmutableList.<Predicate<ReportingEdge>>builder().addAll(filters).add(filter).build(),
        keep ? seed : Optional.of(edges), keep ? seedFilter : filters.size(),
        ImmutableList.<String>builder().addAll(description).add(what).build(), asOf, from, to);
  }

  private ImmutableSet<AgencyNode> named(String name) {
    checkNotNull(name, "name");
    return ImmutableSet.copyOf(agencies.match(name));
  }

  /** Only the obligations of this reporter. */
  public Obligations reporter(String name) {
    ImmutableSet<AgencyNode> set = named(name);
    return with(e -> set.contains(e.from()), "reporter " + name,
        Seed.of(set, agencies::runFrom));
  }

  /** Only the obligations owed to this recipient. */
  public Obligations recipient(String name) {
    ImmutableSet<AgencyNode> set = named(name);
    return with(e -> set.contains(e.to()), "recipient " + name,
        Seed.of(set, agencies::runTo));
  }

  /** Only the reports that pass through this body. */
  public Obligations via(String name) {
    ImmutableSet<AgencyNode> set = named(name);
    return with(e -> e.via().isPresent() && set.contains(e.via().get()), "via " + name,
        Seed.of(set, agencies::runVia));
  }

  /** Only the obligations that involve this body as reporter, recipient or intermediary. */
  public Obligations involving(String name) {
    ImmutableSet<AgencyNode> set = named(name);
    ImmutableList.Builder<ReportingRun> runs = ImmutableList.builder();
    for (AgencyNode a : set) {
      runs.add(agencies.runFrom(a), agencies.runTo(a), agencies.runVia(a));
    }
    return with(e -> set.contains(e.from()) || set.contains(e.to())
        || (e.via().isPresent() && set.contains(e.via().get())), "involving " + name, Seed.distinct(runs.build()));
  }

  /** Only the obligations stated by this document (any spelling of its number). */
  public Obligations document(String reference) {
    Optional<DocumentNode> node = citations.find(reference);
    return with(e -> node.isPresent() && e.document().equals(node.get()), "document " + reference,
        Seed.of(node.map(agencies::reportsIn).orElse(ImmutableList.of())));
  }

  /** Next due days as of {@code day} (the default is the day the query was made). */
  public Obligations asOf(LocalDate day) {
    return new Obligations(agencies, citations, filters, seed, seedFilter, description, checkNotNull(day, "day"), from,
        to);
  }

  /**
   * One row per day in {@code [from, to]} on which an obligation falls due, recurring
   * deadlines expanded; obligations with no day (periodic, on event, none) are left out.
   */
  public Obligations dueBetween(LocalDate from, LocalDate to) {
    checkNotNull(from, "from");
    checkNotNull(to, "to");
    checkArgument(!to.isBefore(from), "window ends before it starts: %s..%s", from, to);
    return new Obligations(agencies, citations, filters, seed, seedFilter, description, asOf, Optional.of(from),
        Optional.of(to));
  }

  /** The day next due days are counted from. */
  public LocalDate asOfDay() {
    return asOf;
  }

  private ImmutableList<ObligationRow> compute() {
    if (seed.isPresent() && seed.get().runs != null) {
      return RowSorter.rows(seed.get().runs, seed.get().distinct, this::passes, asOf, from, to);
    }
    List<ObligationRow> out = new ArrayList<>();
    for (ReportingEdge e : seed.isPresent() ? seed.get().edges : agencies.reporting()) {
      if (!passes(e)) {
        continue;
      }
      if (from.isPresent()) {
        for (LocalDate day : Deadlines.dueBetween(e.deadline(), from.get(), to.get())) {
          out.add(ObligationRow.of(e, Optional.of(day)));
        }
      } else {
        out.add(ObligationRow.of(e, e.deadline().nextDue(asOf)));
      }
    }
    return ImmutableList.sortedCopyOf(ObligationRow.ORDER, out);
  }

  private boolean passes(ReportingEdge e) {
    for (int i = 0; i < filters.size(); i++) {
      if (i != seedFilter && !filters.get(i).test(e)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The edges of the index lookups of a filter: runs of agencies (arranged in row order at
   * build time; {@code distinct} when an edge may be in several), or a plain list.
   */
  private static final class Seed {
    final int size;
    final @Nullable ImmutableList<ReportingRun> runs;
    final boolean distinct;
    final List<ReportingEdge> edges;

    private Seed(int size, @Nullable ImmutableList<ReportingRun> runs, boolean distinct, List<ReportingEdge> edges) {
      this.size = size;
      this.runs = runs;
      this.distinct = distinct;
      this.edges = edges;
    }

    /** The runs of each agency of {@code set} in one role. */
    static Seed of(Set<AgencyNode> set, Function<AgencyNode, ReportingRun> index) {
      ImmutableList.Builder<ReportingRun> runs = ImmutableList.builder();
      int size = 0;
      for (AgencyNode a : set) {
        ReportingRun r = index.apply(a);
        runs.add(r);
        size += r.size();
      }
      return new Seed(size, runs.build(), false, List.of());
    }

    /** The edges of {@code runs}, equal ones once (the first time one comes). */
    static Seed distinct(ImmutableList<ReportingRun> runs) {
      Set<ReportingEdge> edges = new HashSet<>();
      for (ReportingRun r : runs) {
        for (int i = 0; i < r.size(); i++) {
          edges.add(r.edge(i));
        }
      }
      return new Seed(edges.size(), runs, true, List.of());
    }

    static Seed of(List<ReportingEdge> edges) {
      return new Seed(edges.size(), null, false, edges);
    }
  }

  /** The rows, sorted by due day. */
  public ImmutableList<ObligationRow> rows() {
    return rows.get();
  }

  /** The number of rows. */
  public int size() {
    return rows().size();
  }

  /** The rows as a stream. */
  public Stream<ObligationRow> stream() {
    return rows().stream();
  }

  @Override
  public Iterator<ObligationRow> iterator() {
    return rows().iterator();
  }

  /** The rows as a table: reporter, recipient, via, deadline, next due, document. */
  public TextTable table() {
    List<List<String>> cells = new ArrayList<>();
    for (ObligationRow r : rows()) {
      cells.add(List.of(r.reporter().name(), r.recipient().name(), r.via().map(AgencyNode::name).orElse(""),
          Deadlines.describe(r.deadline()), r.nextDue().map(LocalDate::toString).orElse(""),
          r.document().numberText()));
    }
    return TextTable.of(List.of("reporter", "recipient", "via", "deadline", from.isPresent() ? "due" : "next due",
        "document"), cells);
  }

  /** The rows as CSV. */
  public String toCsv() {
    return table().toCsv();
  }

  /**
   * The rows as JSON: a list of {@code {reporter, recipient, via, deadline, nextDue,
   * document}}, the deadline as in {@code vanban-extract/1}.
   */
  public ArrayNode toJson() {
    ArrayNode list = JsonNodeFactory.instance.arrayNode();
    for (ObligationRow r : rows()) {
      ObjectNode o = list.addObject();
      o.put("reporter", r.reporter().name());
      o.put("recipient", r.recipient().name());
      o.put("via", r.via().map(AgencyNode::name).orElse(null));
      o.set("deadline", ExtractionJson.deadline(r.deadline()));
      o.put("nextDue", r.nextDue().map(LocalDate::toString).orElse(null));
      o.put("document", r.document().number().map(Object::toString).orElse(r.document().id()));
    }
    return list;
  }

  /** {@link #toJson()} as indented text. */
  public String toJsonString() {
    try {
      return MAPPER.writeValueAsString(toJson());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  /** A title line (the filters, the day or window, the count), then the table. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("Obligations");
    if (!description.isEmpty()) {
      b.append(' ').append(String.join(", ", description));
    }
    if (from.isPresent()) {
      b.append(", due ").append(from.get()).append("..").append(to.get());
    } else {
      b.append(", as of ").append(asOf);
    }
    b.append(": ").append(size()).append(size() == 1 ? " row\n" : " rows\n");
    return b.append(table()).toString();
  }
}
